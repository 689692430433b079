// Self-updates through electron-updater from a generic server, on the kiosk's terms:
// downloaded in the background, installed only after the file's sha512 and the release
// desk's Ed25519 signature check out (update-signature.ts), and only between sessions (the
// attract screen held quietly for quietMs). Anything failing leaves the running version as
// it is: the next check tries again.
import { z } from 'zod';
import type { View } from '../bridge/contract';
import type { KioskPort } from '../core/kiosk-port';
import type { Logger } from '../log/logger';
import { updateFileName, verifyUpdate } from './update-signature';

/** The part of electron-updater's AppUpdater the shell uses (injected, so tests fake it). */
export interface Updater {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  allowDowngrade: boolean;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  on(event: 'update-available', listener: (info: { version: string }) => void): unknown;
  on(event: 'update-downloaded', listener: (event: unknown) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface UpdatesOptions {
  readonly updater: Updater;
  readonly url: string;
  readonly publicKeyPem: string;
  readonly checkIntervalMs: number;
  readonly kiosk: KioskPort;
  readonly logger: Logger;
  /** True just before quitAndInstall (let the window close); false if that failed. */
  readonly onInstalling: (isInstalling: boolean) => void;
  /** How long the attract screen must hold before installing: the last resident has left. */
  readonly quietMs?: number;
}

/** What electron-updater hands over: latest.yml's fields plus the file it saved. */
const Downloaded = z.object({
  version: z.string().min(1),
  downloadedFile: z.string().min(1),
  files: z.array(z.object({ url: z.string(), sha512: z.string() })).default([]),
  /** Added to latest.yml by build/sign-update.ts: file name → base64 signature. */
  kioskSignatures: z.record(z.string(), z.string()).optional(),
});

const isBetweenSessions = (view: View): boolean => view.screen === 'attract' && view.timeoutWarning === undefined;

export function startUpdates(options: UpdatesOptions): { stop(): void } {
  const { updater, kiosk, logger } = options;
  const quietMs = options.quietMs ?? 10_000;
  let readyVersion: string | undefined;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;

  // Never install on an ordinary quit: only this module decides when, after verifying.
  updater.autoDownload = true;
  updater.autoInstallOnAppQuit = false;
  updater.allowDowngrade = false;
  updater.setFeedURL({ provider: 'generic', url: options.url });

  const failed = (stage: 'check' | 'download' | 'install') => (error: unknown) =>
    logger.log('update.failed', { stage, errorName: error instanceof Error ? error.name : typeof error });

  const install = (): void => {
    if (readyVersion === undefined || !isBetweenSessions(kiosk.currentView())) return;
    logger.log('update.installing', { version: readyVersion });
    options.onInstalling(true);
    try {
      updater.quitAndInstall(true, true);
    } catch (error) {
      failed('install')(error);
      options.onInstalling(false);
      readyVersion = undefined; // download again on the next check rather than retry a broken file
    }
  };
  const consider = (view: View): void => {
    clearTimeout(quietTimer);
    if (readyVersion !== undefined && isBetweenSessions(view)) quietTimer = setTimeout(install, quietMs);
  };

  updater.on('update-available', (info) => logger.log('update.available', { version: info.version }));
  updater.on('error', failed('download'));
  updater.on('update-downloaded', (event) => {
    const parsed = Downloaded.safeParse(event);
    if (!parsed.success) return logger.log('update.rejected', { reason: 'malformed', version: '(unknown)' });
    const { version, downloadedFile, files, kioskSignatures } = parsed.data;
    const name = updateFileName(downloadedFile);
    const announced = files.find((file) => updateFileName(file.url) === name) ?? (files.length === 1 ? files[0] : undefined);
    verifyUpdate({
      file: downloadedFile,
      version,
      expectedSha512: announced?.sha512,
      signature: announced ? kioskSignatures?.[updateFileName(announced.url)] : undefined,
      publicKeyPem: options.publicKeyPem,
    }).then((verdict) => {
      if (!verdict.ok) return logger.log('update.rejected', { reason: verdict.error.kind, version });
      readyVersion = version;
      logger.log('update.verified', { version });
      consider(kiosk.currentView());
    }, failed('download'));
  });

  const unsubscribe = kiosk.subscribe(consider);
  const check = (): void => {
    if (readyVersion === undefined) updater.checkForUpdates().catch(failed('check'));
  };
  check();
  const interval = setInterval(check, options.checkIntervalMs);
  return {
    stop() {
      clearInterval(interval);
      clearTimeout(quietTimer);
      unsubscribe();
    },
  };
}
