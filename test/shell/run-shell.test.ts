import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { View } from '../../electron/bridge/contract';
import { BridgeChannel } from '../../electron/bridge/contract';
import { runShell, type ShellKiosk } from '../../electron/shell/run-shell';
import { resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));
// electron-updater is never loaded for real: it would require Electron itself.
const fakeAutoUpdater = vi.hoisted(() => ({
  autoDownload: false,
  autoInstallOnAppQuit: true,
  allowDowngrade: true,
  setFeedURL: vi.fn(),
  checkForUpdates: vi.fn(async () => null),
  quitAndInstall: vi.fn(),
  on: vi.fn(),
}));
vi.mock('electron-updater', () => ({ default: { autoUpdater: fakeAutoUpdater } }));

const attract: View = {
  screen: 'attract',
  language: 'ar',
  direction: 'rtl',
  languages: ['ar', 'en'],
  title: { key: 'attract.title', values: {} },
  canGoBack: false,
  canCancel: false,
  hasHelp: false,
  isHelpOpen: false,
  availability: 'serving',
};

let dir: string;
let processListeners: { exception: unknown[]; rejection: unknown[] };
beforeEach(() => {
  resetFakeElectron();
  dir = mkdtempSync(join(tmpdir(), 'kiosk-shell-'));
  processListeners = { exception: process.listeners('uncaughtException'), rejection: process.listeners('unhandledRejection') };
});
afterEach(() => {
  // runShell installs exit-on-crash handlers: take back only the ones it added.
  for (const l of process.listeners('uncaughtException')) if (!processListeners.exception.includes(l)) process.off('uncaughtException', l);
  for (const l of process.listeners('unhandledRejection')) if (!processListeners.rejection.includes(l)) process.off('unhandledRejection', l);
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

async function load() {
  const fake = await import('./fake-electron');
  const stop = vi.fn(async () => undefined);
  const kiosk: ShellKiosk & { sent: unknown[] } = {
    sent: [],
    currentView: () => attract,
    subscribe: (listener) => {
      listener(attract);
      return () => undefined;
    },
    send(event) {
      this.sent.push(event);
    },
    resetSession: vi.fn(),
    stop,
  };
  const createCore = vi.fn(async () => kiosk);
  return { fake, kiosk, createCore };
}

function writeConfig(config: object): string {
  const path = join(dir, 'config.json');
  writeFileSync(path, JSON.stringify({ dataDir: join(dir, 'data'), ...config }));
  vi.stubEnv('KIOSK_CONFIG', path);
  return path;
}

describe('the shell at start', () => {
  it('given a config, locks down before ready, then opens one hardened window on app://kiosk and logs to the data folder', async () => {
    const t = await load();
    writeConfig({ shell: { isKiosk: true } });
    const running = runShell(t.createCore);
    await Promise.resolve();
    expect(t.fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(t.fake.app.switches).toContainEqual(['disable-pinch']);
    expect(t.fake.FakeBrowserWindow.instances).toHaveLength(0);
    t.fake.app.becomeReady();
    await running;
    const [window] = t.fake.FakeBrowserWindow.instances;
    expect(t.fake.FakeBrowserWindow.instances).toHaveLength(1);
    expect(window?.options).toMatchObject({ kiosk: true, webPreferences: { sandbox: true, contextIsolation: true, devTools: false, preload: join(t.fake.app.appPath, 'dist', 'electron', 'shell', 'preload.cjs') } });
    expect(window?.webContents.loaded).toEqual(['app://kiosk/index.html']);
    expect(t.createCore).toHaveBeenCalledWith(expect.objectContaining({ dataDir: join(dir, 'data') }), expect.objectContaining({ dataDir: join(dir, 'data') }));
    const log = readFileSync(join(dir, 'data', 'logs', 'kiosk.log'), 'utf8');
    expect(log).toContain('"event":"shell.started"');
  });

  it('given technician mode asks to restart the app, then the shell relaunches itself and quits in order (the core stops first)', async () => {
    const t = await load();
    writeConfig({});
    t.fake.app.becomeReady();
    await runShell(t.createCore);
    const options = (t.createCore.mock.calls[0] as unknown[] | undefined)?.[1] as { restartApp(): void; version: string };
    expect(options.version).toBe('0.1.0');
    options.restartApp();
    expect(t.fake.app.relaunchCount).toBe(1);
    expect(t.fake.app.quitCount).toBe(1);
    await vi.waitFor(() => expect(t.kiosk.stop).toHaveBeenCalledTimes(1));
  });

  it('given DevTools asked for in a packaged build, keeps them off', async () => {
    const t = await load();
    writeConfig({ shell: { devTools: true } });
    t.fake.app.isPackaged = true;
    t.fake.app.becomeReady();
    await runShell(t.createCore);
    expect(t.fake.FakeBrowserWindow.instances[0]?.options).toMatchObject({ webPreferences: { devTools: false } });
  });

  it('given a packaged build and no config file anywhere, exits with the configuration error code and opens nothing', async () => {
    const t = await load();
    vi.stubEnv('KIOSK_CONFIG', '');
    t.fake.app.isPackaged = true;
    t.fake.app.becomeReady();
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await runShell(t.createCore);
    stderr.mockRestore();
    expect(t.fake.app.exitCode).toBe(78);
    expect(t.createCore).not.toHaveBeenCalled();
    expect(t.fake.FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('given an invalid config file, names the field and exits without starting the core', async () => {
    const t = await load();
    writeConfig({ shell: { rendererHangMs: 1 } });
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await runShell(t.createCore);
    const printed = stderr.mock.calls.map((c) => String(c[0])).join('');
    stderr.mockRestore();
    expect(printed).toContain('shell.rendererHangMs');
    expect(t.fake.app.exitCode).toBe(78);
    expect(t.createCore).not.toHaveBeenCalled();
  });

  it('given another copy already runs, quits before the core or a window exists', async () => {
    const t = await load();
    writeConfig({});
    t.fake.app.hasLock = false;
    t.fake.app.becomeReady();
    await runShell(t.createCore);
    expect(t.fake.app.quitCount).toBe(1);
    expect(t.createCore).not.toHaveBeenCalled();
    expect(t.fake.FakeBrowserWindow.instances).toHaveLength(0);
  });
});

describe('the running shell', () => {
  it('carries events from the page to the core and views back', async () => {
    const t = await load();
    writeConfig({});
    t.fake.app.becomeReady();
    await runShell(t.createCore);
    const contents = t.fake.FakeBrowserWindow.instances[0]?.webContents;
    if (contents === undefined) throw new Error('no window');
    t.fake.ipcMain.emit(BridgeChannel.event, { sender: contents, senderFrame: contents.mainFrame }, { type: 'START' });
    expect(t.kiosk.sent).toEqual([{ type: 'START' }]);
    contents.emit('did-finish-load');
    expect(contents.sent.at(-1)).toEqual({ channel: BridgeChannel.view, args: [attract] });
  });

  it('hardens every web contents created later, not just the window', async () => {
    const t = await load();
    writeConfig({});
    t.fake.app.becomeReady();
    await runShell(t.createCore);
    const other = new t.fake.FakeWebContents();
    t.fake.app.emit('web-contents-created', {}, other);
    expect(other.windowOpenHandler?.({ url: 'https://x.example' })).toEqual({ action: 'deny' });
  });

  it('when asked to quit, stops the core first, then lets the window close', async () => {
    const t = await load();
    writeConfig({});
    t.fake.app.becomeReady();
    await runShell(t.createCore);
    const window = t.fake.FakeBrowserWindow.instances[0];
    t.fake.app.quit();
    await vi.waitFor(() => expect(t.kiosk.stop).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(t.fake.app.quitCount).toBe(2));
    const close = new t.fake.FakeEvent();
    window?.emit('close', close);
    expect(close.isDefaultPrevented).toBe(false);
    expect(existsSync(join(dir, 'data', 'logs', 'kiosk.log'))).toBe(true);
  });
});

describe('self-updates in the shell', () => {
  it('given no update server, never loads electron-updater', async () => {
    const t = await load();
    fakeAutoUpdater.setFeedURL.mockClear();
    writeConfig({});
    t.fake.app.becomeReady();
    await runShell(t.createCore);
    expect(fakeAutoUpdater.setFeedURL).not.toHaveBeenCalled();
  });

  it('given an update server and key, points electron-updater at it with install-on-quit off', async () => {
    const t = await load();
    fakeAutoUpdater.setFeedURL.mockClear();
    writeConfig({ updates: { url: 'https://updates.moi.invalid/kiosk', publicKeyPem: '-----BEGIN PUBLIC KEY-----' } });
    t.fake.app.becomeReady();
    await runShell(t.createCore);
    expect(fakeAutoUpdater.setFeedURL).toHaveBeenCalledWith({ provider: 'generic', url: 'https://updates.moi.invalid/kiosk' });
    expect(fakeAutoUpdater).toMatchObject({ autoInstallOnAppQuit: false, allowDowngrade: false });
    t.fake.app.quit(); // stops the hourly check timer with the rest
    await vi.waitFor(() => expect(t.kiosk.stop).toHaveBeenCalled());
  });
});
