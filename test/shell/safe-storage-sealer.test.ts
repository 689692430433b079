import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { View } from '../../electron/bridge/contract';
import { createMemoryLogger } from '../../electron/log/logger';
import { keysFolder, openKioskKeys } from '../../electron/secrets/kiosk-keys';
import { readSealedFile } from '../../electron/secrets/sealed-file';
import { runShell, type CoreOptions, type ShellKiosk } from '../../electron/shell/run-shell';
import { chooseShellSealer, createSafeStorageSealer } from '../../electron/shell/safe-storage-sealer';
import { resetFakeElectron, safeStorage } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let dir: string;
let processListeners: { exception: unknown[]; rejection: unknown[] };
beforeEach(() => {
  resetFakeElectron();
  dir = mkdtempSync(join(tmpdir(), 'kiosk-sealer-'));
  processListeners = { exception: process.listeners('uncaughtException'), rejection: process.listeners('unhandledRejection') };
});
afterEach(() => {
  for (const l of process.listeners('uncaughtException')) if (!processListeners.exception.includes(l)) process.off('uncaughtException', l);
  for (const l of process.listeners('unhandledRejection')) if (!processListeners.rejection.includes(l)) process.off('unhandledRejection', l);
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('the safeStorage sealer', () => {
  it('given a Linux keyring (libsecret), then the kiosk keys are sealed by safeStorage, open again, and no key file is written', () => {
    const sealer = createSafeStorageSealer(safeStorage, 'linux');
    if (!sealer.ok) throw new Error(sealer.error.kind);
    expect(sealer.value.kind).toBe('safe-storage');
    const keys = openKioskKeys(dir, sealer.value);
    if (!keys.ok) throw new Error(keys.error.detail);
    keys.value.writeCredentials({ kioskId: 'KIOSK-MALL-07', secret: 'the-kiosk-secret' });
    expect(safeStorage.encrypted).toBeGreaterThan(0);
    expect(existsSync(join(keysFolder(dir), 'master.key'))).toBe(false);
    expect(readFileSync(join(keysFolder(dir), 'credentials.sealed'), 'utf8')).not.toContain('the-kiosk-secret');
    const reopened = openKioskKeys(dir, sealer.value);
    expect(reopened.ok && reopened.value.readCredentials()).toEqual({ kioskId: 'KIOSK-MALL-07', secret: 'the-kiosk-secret' });
    expect(safeStorage.decrypted).toBeGreaterThan(0);
  });

  it('given sealed bytes changed on disk, then opening them fails as unopenable (safeStorage throws)', () => {
    const sealer = createSafeStorageSealer(safeStorage, 'linux');
    if (!sealer.ok) throw new Error(sealer.error.kind);
    expect(openKioskKeys(dir, sealer.value).ok).toBe(true);
    const path = join(keysFolder(dir), 'outbox-data.key');
    const envelope = JSON.parse(readFileSync(path, 'utf8')) as { sealer: string; sealed: string };
    const bytes = Buffer.from(envelope.sealed, 'base64');
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    writeFileSync(path, JSON.stringify({ ...envelope, sealed: bytes.toString('base64') }));
    expect(readSealedFile(path, sealer.value)).toMatchObject({ ok: false, error: { kind: 'unopenable' } });
  });

  it('given Linux with no keyring (Chromium\'s basic_text), then it is refused with the backend named', () => {
    safeStorage.backend = 'basic_text';
    expect(createSafeStorageSealer(safeStorage, 'linux')).toEqual({ ok: false, error: { kind: 'no-os-key-store', backend: 'basic_text' } });
    safeStorage.backend = 'unknown';
    expect(createSafeStorageSealer(safeStorage, 'linux')).toEqual({ ok: false, error: { kind: 'no-os-key-store', backend: 'unknown' } });
  });

  it('given encryption unavailable, then it is refused; given Windows (DPAPI, no backend to ask), then it is used', () => {
    safeStorage.isAvailable = false;
    expect(createSafeStorageSealer(safeStorage, 'win32')).toEqual({ ok: false, error: { kind: 'encryption-unavailable' } });
    safeStorage.isAvailable = true;
    safeStorage.backend = 'unknown'; // what Electron answers off Linux; not consulted there
    expect(createSafeStorageSealer(safeStorage, 'win32')).toMatchObject({ ok: true, value: { kind: 'safe-storage' } });
  });
});

describe('which sealer the shell hands the core', () => {
  it('given basic_text, then none (the core uses its key file) and the log warns with the backend', () => {
    safeStorage.backend = 'basic_text';
    const logger = createMemoryLogger();
    expect(chooseShellSealer(safeStorage, { platform: 'linux', dataDir: dir, logger })).toBeUndefined();
    expect(logger.lines).toEqual([expect.objectContaining({ event: 'shell.sealer-fallback', fields: { reason: 'no-os-key-store', backend: 'basic_text', sealedWith: 'nothing yet' } })]);
    const keys = openKioskKeys(dir); // what the core then does
    expect(keys.ok).toBe(true);
    expect(existsSync(join(keysFolder(dir), 'master.key'))).toBe(true);
  });

  it('given a data folder the key-file sealer already sealed, then the key file is kept (switching would lock the kiosk out of its own keys)', () => {
    expect(openKioskKeys(dir).ok).toBe(true);
    const logger = createMemoryLogger();
    expect(chooseShellSealer(safeStorage, { platform: 'linux', dataDir: dir, logger })).toBeUndefined();
    expect(logger.lines.map((l) => l.fields)).toEqual([{ sealer: 'key-file', why: 'keys already sealed by it' }]);
    expect(openKioskKeys(dir).ok).toBe(true);
  });

  it('given a fresh data folder and a keyring, then safeStorage, and on the next start again (its keys are sealed by it)', () => {
    const logger = createMemoryLogger();
    const first = chooseShellSealer(safeStorage, { platform: 'linux', dataDir: dir, logger });
    expect(first?.kind).toBe('safe-storage');
    expect(openKioskKeys(dir, first).ok).toBe(true);
    expect(chooseShellSealer(safeStorage, { platform: 'linux', dataDir: dir, logger })?.kind).toBe('safe-storage');
    expect(logger.lines.map((l) => l.fields.why)).toEqual(['fresh data folder', 'keys sealed by it']);
  });
});

describe('the shell wires the sealer into the core', () => {
  const attract: View = { screen: 'attract', language: 'ar', direction: 'rtl', languages: ['ar', 'en'], title: { key: 'attract.title', values: {} }, canGoBack: false, canCancel: false, hasHelp: false, isHelpOpen: false, availability: 'serving' };

  async function startShell(): Promise<CoreOptions> {
    const fake = await import('./fake-electron');
    const kiosk: ShellKiosk = { currentView: () => attract, subscribe: () => () => undefined, send: () => undefined, resetSession: vi.fn(), stop: vi.fn(async () => undefined) };
    const createCore = vi.fn(async (_config: unknown, _options: CoreOptions) => kiosk);
    const configPath = join(dir, 'config.json');
    writeFileSync(configPath, JSON.stringify({ dataDir: join(dir, 'data') }));
    vi.stubEnv('KIOSK_CONFIG', configPath);
    fake.app.becomeReady();
    await runShell(createCore);
    const options = createCore.mock.calls[0]?.[1];
    if (!options) throw new Error('the core was not started');
    return options;
  }

  it('given safeStorage with an OS key store, then the core is started with the safe-storage sealer', async () => {
    const options = await startShell();
    expect(options.sealer?.kind).toBe('safe-storage');
  });

  it('given Linux basic_text, then the core is started without a sealer (its key file) and the kiosk log says why', async () => {
    safeStorage.backend = 'basic_text';
    const platform = vi.spyOn(process, 'platform', 'get').mockReturnValue('linux');
    const options = await startShell();
    platform.mockRestore();
    expect(options.sealer).toBeUndefined();
    const log = readFileSync(join(dir, 'data', 'logs', 'kiosk.log'), 'utf8');
    expect(log).toMatch(/"event":"shell.sealer-fallback".*"backend":"basic_text"|"backend":"basic_text".*"event":"shell.sealer-fallback"/);
  });
});
