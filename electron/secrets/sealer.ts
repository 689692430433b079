// Secrets at rest (the kiosk's secret, the outbox's data key) are sealed by a SecretSealer.
// The Electron shell can hand the core one built on `safeStorage` (the OS keychain / DPAPI);
// the plain-Node core uses an AES-256-GCM key in a 0600 file in the data folder. Both have
// the same shape as safeStorage's encryptString/decryptString, so the shell's adapter is two lines.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export interface SecretSealer {
  /** Names the scheme in logs and in the sealed files, so a file sealed by another scheme is told apart. */
  readonly kind: string;
  seal(plain: string): Buffer;
  /** Throws when the bytes were not sealed by this sealer or were changed. */
  open(sealed: Buffer): string;
}

const ivBytes = 12;
const tagBytes = 16;

/** AES-256-GCM: iv ‖ tag ‖ ciphertext. `aad` binds a value to where it is stored. */
export function gcmSeal(key: Buffer, plain: Buffer, aad?: Buffer): Buffer {
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  if (aad) cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function gcmOpen(key: Buffer, sealed: Buffer, aad?: Buffer): Buffer {
  if (sealed.length < ivBytes + tagBytes) throw new Error('sealed value too short');
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, ivBytes));
  if (aad) decipher.setAAD(aad);
  decipher.setAuthTag(sealed.subarray(ivBytes, ivBytes + tagBytes));
  return Buffer.concat([decipher.update(sealed.subarray(ivBytes + tagBytes)), decipher.final()]);
}

/** A sealer over a 32-byte key (from the 0600 key file, see key-file.ts). */
export function createKeySealer(key: Buffer): SecretSealer {
  if (key.length !== 32) throw new RangeError('an AES-256 key is 32 bytes');
  return {
    kind: 'key-file',
    seal: (plain) => gcmSeal(key, Buffer.from(plain, 'utf8')),
    open: (sealed) => gcmOpen(key, sealed).toString('utf8'),
  };
}
