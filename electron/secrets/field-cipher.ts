// Personal fields in the outbox (holder id, subject id, payload) are stored sealed with
// AES-256-GCM under the outbox's data key. Each value is bound to its row and column (the
// additional data), so a sealed value copied into another row or column does not open.
import { gcmOpen, gcmSeal } from './sealer';

/** Sealed values start with this; anything else is a row written before encryption. */
export const sealedPrefix = 'aes1:';

export interface FieldCipher {
  seal(plain: string, rowKey: string, column: string): string;
  /** Plain (pre-encryption) values come back unchanged; a sealed value that does not open throws. */
  open(stored: string, rowKey: string, column: string): string;
}

export const isSealed = (stored: string): boolean => stored.startsWith(sealedPrefix);

export function createFieldCipher(key: Buffer): FieldCipher {
  if (key.length !== 32) throw new RangeError('an AES-256 key is 32 bytes');
  const aad = (rowKey: string, column: string) => Buffer.from(`${rowKey}/${column}`, 'utf8');
  return {
    seal: (plain, rowKey, column) => sealedPrefix + gcmSeal(key, Buffer.from(plain, 'utf8'), aad(rowKey, column)).toString('base64'),
    open(stored, rowKey, column) {
      if (!isSealed(stored)) return stored;
      return gcmOpen(key, Buffer.from(stored.slice(sealedPrefix.length), 'base64'), aad(rowKey, column)).toString('utf8');
    },
  };
}
