// Where the kiosk's secrets live in its data folder, and how they are opened:
//   keys/master.key           0600, the key-file sealer's key (absent when the shell gives safeStorage)
//   keys/outbox-data.key      the outbox's field key, sealed
//   keys/credentials.sealed   the kiosk id and secret from enrolment, sealed
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { err, ok, type Result } from '../../hardware/result';
import { createFieldCipher, type FieldCipher } from './field-cipher';
import { loadOrCreateKeyFile } from './key-file';
import { readSealedFile, writeSealedFile } from './sealed-file';
import { createKeySealer, type SecretSealer } from './sealer';

export const keysFolder = (dataDir: string) => join(dataDir, 'keys');

export interface KioskCredentials {
  readonly kioskId: string;
  readonly secret: string;
}

export type KeysError = { readonly kind: 'keys-unusable'; readonly file: string; readonly detail: string };

export interface KioskKeys {
  readonly sealer: SecretSealer;
  /** The outbox's personal-field cipher (its key made on first use). */
  readonly fieldCipher: FieldCipher;
  /** Undefined before enrolment. */
  readCredentials(): KioskCredentials | undefined;
  writeCredentials(credentials: KioskCredentials): void;
}

/** Which sealer sealed this data folder's keys (the outbox key's envelope names it); undefined before the first start. */
export function sealedWith(dataDir: string): string | undefined {
  try {
    const envelope = JSON.parse(readFileSync(join(keysFolder(dataDir), 'outbox-data.key'), 'utf8')) as { sealer?: unknown };
    return typeof envelope.sealer === 'string' ? envelope.sealer : 'unreadable';
  } catch (cause) {
    // missing: nothing sealed yet; anything else is named so the log says why the keys would not open
    return (cause as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : 'unreadable';
  }
}

/** The plain-Node sealer: AES-256-GCM under keys/master.key. */
export function keyFileSealer(dataDir: string): Result<SecretSealer, KeysError> {
  const key = loadOrCreateKeyFile(join(keysFolder(dataDir), 'master.key'));
  if (!key.ok) return err({ kind: 'keys-unusable', file: key.error.path, detail: key.error.kind === 'unreadable' ? key.error.detail : 'not 32 bytes' });
  return ok(createKeySealer(key.value));
}

export function openKioskKeys(dataDir: string, given?: SecretSealer): Result<KioskKeys, KeysError> {
  const sealerResult = given ? ok(given) : keyFileSealer(dataDir);
  if (!sealerResult.ok) return sealerResult;
  const sealer = sealerResult.value;
  const dataKeyPath = join(keysFolder(dataDir), 'outbox-data.key');
  const credentialsPath = join(keysFolder(dataDir), 'credentials.sealed');

  let dataKey = readSealedFile(dataKeyPath, sealer);
  if (!dataKey.ok && dataKey.error.kind === 'missing') {
    writeSealedFile(dataKeyPath, sealer, { key: randomBytes(32).toString('base64') });
    dataKey = readSealedFile(dataKeyPath, sealer);
  }
  // A data key that cannot be opened must not be replaced: the rows sealed with it would be lost.
  if (!dataKey.ok) return err({ kind: 'keys-unusable', file: dataKeyPath, detail: dataKey.error.kind });
  const keyBytes = Buffer.from(String((dataKey.value as { key?: unknown }).key), 'base64');
  if (keyBytes.length !== 32) return err({ kind: 'keys-unusable', file: dataKeyPath, detail: 'not 32 bytes' });

  return ok({
    sealer,
    fieldCipher: createFieldCipher(keyBytes),
    readCredentials() {
      const read = readSealedFile(credentialsPath, sealer);
      if (!read.ok) return undefined;
      const value = read.value as Partial<KioskCredentials>;
      return typeof value.kioskId === 'string' && typeof value.secret === 'string' ? { kioskId: value.kioskId, secret: value.secret } : undefined;
    },
    writeCredentials: (credentials) => writeSealedFile(credentialsPath, sealer, credentials),
  });
}
