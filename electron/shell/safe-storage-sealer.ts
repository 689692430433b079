// The shell's SecretSealer on Electron's safeStorage (DPAPI on Windows, the Keychain on macOS,
// libsecret or KWallet on Linux), so the kiosk's secrets are sealed by a key the OS keeps
// rather than by a key file beside them. On Linux without a keyring Chromium falls back to
// `basic_text`, a key hard-coded in Chromium: that protects nothing, so it is refused and the
// core keeps its own key-file sealer (keys/master.key, 0600), with a warning in the log.
import type { SafeStorage } from 'electron';
import { err, ok, type Result } from '../../hardware/result';
import type { Logger } from '../log/logger';
import { sealedWith } from '../secrets/kiosk-keys';
import type { SecretSealer } from '../secrets/sealer';

export const safeStorageSealerKind = 'safe-storage';

/**
 * The synchronous calls (deprecated in Electron 45 in favour of async ones): the core's sealer
 * is synchronous, its sealed files are opened while it starts.
 */
export type SafeStorageApi = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'>;

export type SafeStorageRefusal =
  /** No OS key store answered (Linux before a keyring unlocks, a headless session). */
  | { readonly kind: 'encryption-unavailable' }
  /** Linux: Chromium chose its plain-text fallback, or could not say which store it uses. */
  | { readonly kind: 'no-os-key-store'; readonly backend: 'basic_text' | 'unknown' };

export function createSafeStorageSealer(safeStorage: SafeStorageApi, platform: NodeJS.Platform): Result<SecretSealer, SafeStorageRefusal> {
  if (!safeStorage.isEncryptionAvailable()) return err({ kind: 'encryption-unavailable' });
  if (platform === 'linux') {
    const backend = safeStorage.getSelectedStorageBackend();
    if (backend === 'basic_text' || backend === 'unknown') return err({ kind: 'no-os-key-store', backend });
  }
  return ok({
    kind: safeStorageSealerKind,
    seal: (plain) => safeStorage.encryptString(plain),
    // throws on bytes another key sealed, as SecretSealer.open promises
    open: (sealed) => safeStorage.decryptString(sealed),
  });
}

/**
 * The sealer the shell hands the core, or undefined for the core's key-file sealer. A data
 * folder whose keys the key-file sealer already sealed keeps it: switching would leave the
 * sealed credentials and outbox key unopenable and stop payments.
 */
export function chooseShellSealer(safeStorage: SafeStorageApi, context: { readonly platform: NodeJS.Platform; readonly dataDir: string; readonly logger: Logger }): SecretSealer | undefined {
  const existing = sealedWith(context.dataDir);
  const created = createSafeStorageSealer(safeStorage, context.platform);
  if (!created.ok) {
    context.logger.log('shell.sealer-fallback', { reason: created.error.kind, ...(created.error.kind === 'no-os-key-store' ? { backend: created.error.backend } : {}), sealedWith: existing ?? 'nothing yet' });
    return undefined;
  }
  if (existing !== undefined && existing !== safeStorageSealerKind) {
    context.logger.log('shell.sealer-chosen', { sealer: existing, why: 'keys already sealed by it' });
    return undefined;
  }
  context.logger.log('shell.sealer-chosen', { sealer: safeStorageSealerKind, why: existing === undefined ? 'fresh data folder' : 'keys sealed by it' });
  return created.value;
}
