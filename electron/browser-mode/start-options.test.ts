import { describe, expect, it } from 'vitest';
import { defaultDataDir, parseStartArgs } from './start-options';

describe('npm start arguments', () => {
  it.each([
    [[], { ok: true, value: {} }],
    [['--config', 'kiosk.json'], { ok: true, value: { configPath: 'kiosk.json' } }],
    [['--config=kiosk.json'], { ok: true, value: { configPath: 'kiosk.json' } }],
    [['--config'], { ok: false, error: '--config needs a file path' }],
    [['--config', '--other'], { ok: false, error: '--config needs a file path' }],
    [['--config='], { ok: false, error: '--config needs a file path' }],
    [['--port', '80'], { ok: false, error: 'unknown argument "--port"' }],
  ])('given %j, then %j', (argv, expected) => {
    expect(parseStartArgs(argv)).toEqual(expected);
  });
});

describe('the per-user data folder', () => {
  it('given XDG_DATA_HOME, then the kiosk keeps its data under it', () => {
    expect(defaultDataDir({ XDG_DATA_HOME: '/data/xdg' }, '/home/ana')).toBe('/data/xdg/moi-kiosk');
  });

  it('given no XDG_DATA_HOME (or a relative one, which the spec says to ignore), then ~/.local/share', () => {
    expect(defaultDataDir({}, '/home/ana')).toBe('/home/ana/.local/share/moi-kiosk');
    expect(defaultDataDir({ XDG_DATA_HOME: 'relative' }, '/home/ana')).toBe('/home/ana/.local/share/moi-kiosk');
  });
});
