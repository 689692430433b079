// The shell's composition: lock the app down before anything loads, start the kiosk core,
// open the one window and wire bridge, recovery and updates. Everything Electron-specific
// lives in the small modules it calls; the core is handed in so tests can fake it.
import { app, ipcMain, safeStorage, session } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { KioskConfig } from '../config/schema';
import { describeConfigError } from '../config/load-config';
import type { KioskPort } from '../core/kiosk-port';
import { createFileLogger, type FileLogger } from '../log/file-logger';
import type { Logger } from '../log/logger';
import type { SecretSealer } from '../secrets/sealer';
import { appEntryUrl } from './app-origin';
import { loadShellConfig } from './config-location';
import { attachIpcBridge } from './ipc-bridge';
import { restrictNavigation } from './navigation';
import { chooseShellSealer } from './safe-storage-sealer';
import { denyPermissions } from './permissions';
import { registerAppScheme, serveRenderer } from './protocol';
import { watchRenderer } from './recovery';
import { blockRemoteContent } from './remote-content';
import { swallowShortcuts } from './shortcuts';
import { startUpdates } from './updates';
import { claimSingleInstance } from './single-instance';
import { createKioskWindow, type KioskWindow } from './window';

/** What the shell needs of the core. */
export interface ShellKiosk extends KioskPort {
  stop(): Promise<void>;
  /** A clean session after the screen was reloaded (card holders are asked for their card). */
  resetSession(): void;
}

export interface CoreOptions {
  readonly dataDir: string;
  readonly logger: Logger;
  /** Technician mode's "restart the app": the shell relaunches itself (the service restarts nothing). */
  readonly restartApp: () => void;
  readonly version: string;
  /** safeStorage when the OS keeps a key for it; without it the core seals with its key file. */
  readonly sealer?: SecretSealer;
}

export type CreateCore = (config: KioskConfig, options: CoreOptions) => Promise<ShellKiosk>;

/** sysexits.h EX_CONFIG: the service manager's logs say "configuration error". */
export const configErrorExitCode = 78;
export const crashExitCode = 70;


export async function runShell(createCore: CreateCore): Promise<void> {
  // Chromium switches must precede 'ready': no pinch, no swipe-to-go-back on touch screens.
  app.commandLine.appendSwitch('disable-pinch');
  app.commandLine.appendSwitch('overscroll-history-navigation', '0');
  registerAppScheme();

  const loaded = loadShellConfig({ env: process.env, platform: process.platform, isPackaged: app.isPackaged, exists: existsSync });
  if (!loaded.ok) {
    process.stderr.write(`${describeConfigError(loaded.error)}\n`);
    app.exit(configErrorExitCode);
    return;
  }
  const config = loaded.value;
  const dataDir = config.dataDir || app.getPath('userData');
  const logger = createFileLogger({ dir: join(dataDir, 'logs'), level: config.logs.level, maxBytes: config.logs.maxBytes, maxFiles: config.logs.maxFiles, isMirroredToStderr: true });
  exitOnCrash(logger);

  // A second start may come before the window exists: it reads the window through this.
  const opened: { window?: KioskWindow } = {};
  if (!claimSingleInstance(app, logger, () => opened.window?.window)) {
    app.quit();
    return;
  }
  app.on('web-contents-created', (_event, contents) => {
    restrictNavigation(contents, logger);
    swallowShortcuts(contents, logger);
  });

  await app.whenReady();
  const defaultSession = session.defaultSession;
  denyPermissions(defaultSession, logger);
  blockRemoteContent(defaultSession, logger);
  serveRenderer(defaultSession.protocol, join(app.getAppPath(), 'renderer', 'dist'), logger);

  // relaunch, then quit in order (before-quit stops the core first, so the outbox closes cleanly)
  const restartApp = () => {
    app.relaunch();
    app.quit();
  };
  // after ready: safeStorage has no key store before it
  const sealer = chooseShellSealer(safeStorage, { platform: process.platform, dataDir, logger });
  const kiosk = await createCore(config, { dataDir, logger, restartApp, version: app.getVersion(), ...(sealer ? { sealer } : {}) });
  const kioskWindow = createKioskWindow({
    isKiosk: config.shell.isKiosk,
    isDevToolsAllowed: config.shell.devTools && !app.isPackaged,
    preloadPath: join(app.getAppPath(), 'dist', 'electron', 'shell', 'preload.cjs'),
  });
  opened.window = kioskWindow;
  const contents = kioskWindow.window.webContents;
  const watch = watchRenderer({ contents, hangMs: config.shell.rendererHangMs, logger, resetSession: () => kiosk.resetSession() });
  const detach = attachIpcBridge({ ipcMain, contents, kiosk, logger, onHeartbeat: watch.heartbeat });
  const updates = await startSelfUpdates(config, kiosk, kioskWindow, logger);
  stopInOrder({
    logger,
    kioskWindow,
    kiosk,
    stop: () => {
      watch.stop();
      detach();
      updates?.stop();
    },
  });
  logger.log('shell.started', { version: app.getVersion(), isKiosk: config.shell.isKiosk, isPackaged: app.isPackaged });
  contents.loadURL(appEntryUrl).catch((error: Error) => logger.log('shell.renderer-hung', { cause: 'first-load-failed', reason: error.name }));
}

/** electron-updater is loaded only when an update server is configured. */
async function startSelfUpdates(config: KioskConfig, kiosk: ShellKiosk, kioskWindow: KioskWindow, logger: Logger): Promise<{ stop(): void } | undefined> {
  const { url, publicKeyPem, checkIntervalMs } = config.updates;
  if (url === undefined || publicKeyPem === undefined) return undefined;
  // CommonJS with getter exports: only the default import is reliable from ESM.
  const { default: electronUpdater } = await import('electron-updater');
  return startUpdates({
    updater: electronUpdater.autoUpdater,
    url,
    publicKeyPem,
    checkIntervalMs,
    kiosk,
    logger,
    onInstalling: (isInstalling) => (isInstalling ? kioskWindow.allowClose() : kioskWindow.preventClose()),
  });
}

/** An unexpected exception ends the process (no dialog on a kiosk): the service restarts it. */
function exitOnCrash(logger: FileLogger): void {
  const crash = (kind: string) => (error: unknown) => {
    logger.log('shell.main-crashed', { kind, errorName: error instanceof Error ? error.name : typeof error });
    logger.close();
    app.exit(crashExitCode);
  };
  process.on('uncaughtException', crash('exception'));
  process.on('unhandledRejection', crash('rejection'));
}

/** On quit, stop the core first (its outbox and devices close cleanly), then let the window go. */
function stopInOrder(parts: { logger: Logger; kioskWindow: KioskWindow; kiosk: ShellKiosk; stop: () => void }): void {
  let isStopped = false;
  app.on('before-quit', (event) => {
    if (isStopped) return;
    event.preventDefault();
    parts.logger.log('shell.stopping', {});
    parts.stop();
    parts.kioskWindow.allowClose();
    parts.kiosk
      .stop()
      .catch((error: unknown) => parts.logger.log('shell.main-crashed', { kind: 'stop', errorName: error instanceof Error ? error.name : typeof error }))
      .finally(() => {
        isStopped = true;
        app.quit();
      });
  });
  app.on('window-all-closed', () => app.quit());
}
