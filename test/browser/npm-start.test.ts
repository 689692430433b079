import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { launchChromium, type TestBrowser } from './support/chromium';
import { expectScreen } from './support/kiosk-page';
import { spawnStart } from './support/spawn-start';

describe('npm start', () => {
  let browser: TestBrowser;
  let home: string;

  beforeAll(async () => {
    browser = await launchChromium();
    home = mkdtempSync(join(tmpdir(), 'kiosk-start-'));
  });
  afterAll(async () => {
    await browser.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('given a config file with a field out of range, then it refuses to start and names the field', async () => {
    const config = join(home, 'bad.json');
    writeFileSync(config, JSON.stringify({ timeouts: { idleMs: 5 } }));
    const started = spawnStart(['--config', config], { XDG_DATA_HOME: join(home, 'data-bad') });
    expect(await started.exited).toEqual({ code: 78, signal: null });
    expect(started.stderr()).toContain('config field "timeouts.idleMs" is invalid');
    expect(started.stdout()).toBe('');
    expect(existsSync(join(home, 'data-bad'))).toBe(false);
  });

  it('given no Electron binary, then it prints one line with a local URL, serves the kiosk there, and stops cleanly on Ctrl-C', async () => {
    const dataHome = join(home, 'data');
    const started = spawnStart([], { XDG_DATA_HOME: dataHome });
    onTestFinished(() => started.kill());
    const line = await started.firstLine;
    expect(line).toMatch(/^No Electron binary is available: serving the kiosk for a browser at http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
    const url = line.slice(line.indexOf('http://'));

    const page = await browser.newPage();
    await page.goto(url);
    await expectScreen(page, 'attract', 'ar');
    await page.close();

    started.interrupt();
    expect(await started.exited).toEqual({ code: 0, signal: null });
    expect(started.stdout()).toBe(`${line}\n`);
    const log = readFileSync(join(dataHome, 'moi-kiosk', 'logs', 'kiosk.log'), 'utf8');
    expect(log).toContain('"event":"kiosk.started"');
    expect(log).toContain('"event":"kiosk.stopped"');
    expect(log).not.toContain(new URL(url).searchParams.get('token') ?? 'no token'); // the token never reaches the log
  });
});
