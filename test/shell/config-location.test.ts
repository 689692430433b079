import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findConfigFile, loadShellConfig, machineConfigPath } from '../../electron/shell/config-location';

const nowhere = () => false;

describe('where the shell finds its config', () => {
  it('given KIOSK_CONFIG, uses it whatever else exists', () => {
    expect(findConfigFile({ env: { KIOSK_CONFIG: '/srv/k.json' }, platform: 'linux', isPackaged: true, exists: () => true })).toBe('/srv/k.json');
  });

  it('given nothing set, uses the machine-wide file on Linux and Windows when it exists', () => {
    expect(findConfigFile({ env: {}, platform: 'linux', isPackaged: true, exists: () => true })).toBe('/etc/moi-kiosk/config.json');
    expect(machineConfigPath({ env: { ProgramData: 'D:\\PD' }, platform: 'win32' })).toBe(join('D:\\PD', 'moi-kiosk', 'config.json'));
  });

  it('given no file in a developer checkout, runs on the embedded defaults (simulators)', () => {
    const result = loadShellConfig({ env: {}, platform: 'linux', isPackaged: false, exists: nowhere });
    expect(result).toMatchObject({ ok: true, value: { devices: { cardReader: { kind: 'simulated' } } } });
  });

  it('given no file in a packaged build, refuses to start rather than run simulators', () => {
    const result = loadShellConfig({ env: {}, platform: 'linux', isPackaged: true, exists: nowhere });
    expect(result).toMatchObject({ ok: false, error: { kind: 'unreadable', path: '/etc/moi-kiosk/config.json' } });
  });

  it('given a file, validates it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-config-'));
    writeFileSync(join(dir, 'c.json'), JSON.stringify({ kioskId: 'DOHA-MALL-03', shell: { isKiosk: false } }));
    const result = loadShellConfig({ env: { KIOSK_CONFIG: join(dir, 'c.json') }, platform: 'linux', isPackaged: true, exists: nowhere });
    rmSync(dir, { recursive: true });
    expect(result).toMatchObject({ ok: true, value: { kioskId: 'DOHA-MALL-03', shell: { isKiosk: false, devTools: false } } });
  });
});
