import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { View } from '../../electron/bridge/contract';
import type { KioskPort } from '../../electron/core/kiosk-port';
import { createMemoryLogger } from '../../electron/log/logger';
import { sha512OfFile, signUpdate } from '../../electron/shell/update-signature';
import { startUpdates, type Updater } from '../../electron/shell/updates';

// electron-updater itself is replaced by this fake: no network, no install.
class FakeUpdater extends EventEmitter implements Updater {
  autoDownload = false;
  autoInstallOnAppQuit = true;
  allowDowngrade = true;
  feed: unknown;
  checks = 0;
  installs: [boolean | undefined, boolean | undefined][] = [];
  isInstallBroken = false;
  isCheckBroken = false;
  setFeedURL(options: unknown): void {
    this.feed = options;
  }
  checkForUpdates(): Promise<unknown> {
    this.checks += 1;
    return this.isCheckBroken ? Promise.reject(new TypeError('offline')) : Promise.resolve(null);
  }
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void {
    if (this.isInstallBroken) throw new Error('installer would not start');
    this.installs.push([isSilent, isForceRunAfter]);
  }
}

const view = (screen: View['screen']): View => ({
  screen,
  language: 'en',
  direction: 'ltr',
  languages: ['ar', 'en'],
  title: { key: `${screen}.title`, values: {} },
  canGoBack: false,
  canCancel: false,
  hasHelp: false,
  isHelpOpen: false,
  availability: 'serving',
});

function fakeKiosk(initial: View['screen']) {
  let current = view(initial);
  const listeners = new Set<(v: View) => void>();
  const port: KioskPort = {
    currentView: () => current,
    subscribe: (listener) => {
      listeners.add(listener);
      listener(current);
      return () => listeners.delete(listener);
    },
    send: () => undefined,
  };
  return {
    port,
    show(screen: View['screen']) {
      current = view(screen);
      for (const l of listeners) l(current);
    },
  };
}

/** Lets file reads and promise chains finish; the fake clock only covers timers. */
async function settle(): Promise<void> {
  for (let round = 0; round < 20; round += 1) await new Promise((resolve) => setImmediate(resolve));
}

/** Hashing the download reads a file: on a loaded machine that takes more than a few turns. */
async function settleUntilVerdict(events: () => readonly string[]): Promise<void> {
  for (let round = 0; round < 20_000; round += 1) {
    if (events().some((e) => e === 'update.verified' || e === 'update.rejected')) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('the update was neither verified nor rejected');
}

const keys = generateKeyPairSync('ed25519');
const privateKeyPem = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const publicKeyPem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const otherKeyPem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const quietMs = 10_000;
const fileName = 'MOI-Kiosk-0.2.0-x86_64.AppImage';

let dir: string;
let downloadedFile: string;
let sha512: string;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  dir = mkdtempSync(join(tmpdir(), 'kiosk-update-'));
  downloadedFile = join(dir, fileName);
  writeFileSync(downloadedFile, 'the new version, byte for byte');
  const hashed = await sha512OfFile(downloadedFile);
  if (!hashed.ok) throw new Error('cannot hash the fixture');
  sha512 = hashed.value;
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

function setUp(screen: View['screen'] = 'attract') {
  const updater = new FakeUpdater();
  const kiosk = fakeKiosk(screen);
  const logger = createMemoryLogger();
  const onInstalling = vi.fn();
  const updates = startUpdates({ updater, url: 'https://updates.moi.invalid/kiosk', publicKeyPem, checkIntervalMs: 3_600_000, kiosk: kiosk.port, logger, onInstalling, quietMs });
  const events = () => logger.lines.map((l) => l.event);
  const download = (fields: Record<string, unknown> = {}) =>
    updater.emit('update-downloaded', { version: '0.2.0', downloadedFile, files: [{ url: fileName, sha512 }], kioskSignatures: { [fileName]: signUpdate('0.2.0', sha512, privateKeyPem) }, ...fields });
  return { updater, kiosk, logger, onInstalling, updates, events, download };
}

describe('self-updates', () => {
  it('points electron-updater at the generic server, never installs on a plain quit, never downgrades, and checks hourly', () => {
    const t = setUp();
    expect(t.updater.feed).toEqual({ provider: 'generic', url: 'https://updates.moi.invalid/kiosk' });
    expect(t.updater).toMatchObject({ autoDownload: true, autoInstallOnAppQuit: false, allowDowngrade: false });
    expect(t.updater.checks).toBe(1);
    vi.advanceTimersByTime(3 * 3_600_000);
    expect(t.updater.checks).toBe(4);
    t.updates.stop();
  });

  it('given a verified update while a resident is mid-session, waits; when attract holds quietly, installs silently and restarts', async () => {
    const t = setUp('pin');
    t.download();
    await settleUntilVerdict(t.events);
    await settle();
    expect(t.events()).toContain('update.verified');
    vi.advanceTimersByTime(quietMs * 10);
    expect(t.updater.installs).toEqual([]);
    t.kiosk.show('attract');
    vi.advanceTimersByTime(quietMs - 1);
    t.kiosk.show('language'); // someone touched the screen: the quiet period starts over
    vi.advanceTimersByTime(quietMs * 2);
    expect(t.updater.installs).toEqual([]);
    t.kiosk.show('attract');
    vi.advanceTimersByTime(quietMs);
    expect(t.onInstalling).toHaveBeenCalledWith(true);
    expect(t.updater.installs).toEqual([[true, true]]);
    expect(t.events()).toContain('update.installing');
    t.updates.stop();
  });

  // Built lazily: the fixture's checksum exists only once beforeEach has hashed it.
  const rejections: [string, (checksum: string) => Record<string, unknown>, string][] = [
    ['signed by another key', (checksum) => ({ kioskSignatures: { [fileName]: signUpdate('0.2.0', checksum, otherKeyPem) } }), 'bad-signature'],
    ['signed for another version (a replayed signature)', (checksum) => ({ kioskSignatures: { [fileName]: signUpdate('0.1.9', checksum, privateKeyPem) } }), 'bad-signature'],
    ['not signed at all', () => ({ kioskSignatures: undefined }), 'no-signature'],
    ['whose announced checksum is not the file on disk', () => ({ files: [{ url: fileName, sha512: 'AAAA' }] }), 'checksum-mismatch'],
    ['announcing no file for what was downloaded', () => ({ files: [] }), 'no-checksum'],
    ['that vanished before verification', (checksum) => ({ downloadedFile: join(dir, 'gone', fileName), files: [{ url: fileName, sha512: checksum }] }), 'unreadable'],
    ['that is not an update event at all', () => ({ version: 7 }), 'malformed'],
  ];
  it.each(rejections)('given an update %s, rejects it and never installs, even between sessions', async (_name, fields, reason) => {
    const t = setUp('attract');
    t.download(fields(sha512));
    await settleUntilVerdict(t.events);
    await settle();
    vi.advanceTimersByTime(quietMs * 3);
    expect(t.updater.installs).toEqual([]);
    expect(t.logger.lines.filter((l) => l.event === 'update.rejected').map((l) => l.fields.reason)).toEqual([reason]);
    expect(t.events()).not.toContain('update.verified');
    expect(t.onInstalling).not.toHaveBeenCalled();
    t.updates.stop();
  });

  it('given the installer fails to start, keeps the running version, the window locked, and logs it', async () => {
    const t = setUp('attract');
    t.updater.isInstallBroken = true;
    t.download();
    await settleUntilVerdict(t.events);
    await settle();
    vi.advanceTimersByTime(quietMs);
    expect(t.onInstalling.mock.calls).toEqual([[true], [false]]);
    expect(t.logger.lines).toContainEqual({ event: 'update.failed', fields: { stage: 'install', errorName: 'Error' } });
    t.updates.stop();
  });

  it('given the server is unreachable or the download fails, logs it and carries on checking', async () => {
    const t = setUp('attract');
    t.updater.isCheckBroken = true;
    vi.advanceTimersByTime(3_600_000);
    await settle();
    t.updater.emit('error', new RangeError('sha512 checksum mismatch'));
    expect(t.logger.lines).toContainEqual({ event: 'update.failed', fields: { stage: 'check', errorName: 'TypeError' } });
    expect(t.logger.lines).toContainEqual({ event: 'update.failed', fields: { stage: 'download', errorName: 'RangeError' } });
    expect(t.updater.checks).toBe(2);
    expect(t.updater.installs).toEqual([]);
    t.updates.stop();
  });
});
