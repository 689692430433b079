// Seals the personal fields of rows written before they were encrypted (or by a kiosk that had
// no keys yet). Idempotent: sealed values are left alone. Used by migration 0005 and at every
// open with a cipher, so a file once opened without keys is sealed the next time.
import type Database from 'better-sqlite3';
import { isSealed, sealedPrefix, type FieldCipher } from '../secrets/field-cipher';

/** The columns that hold personal data, sealed with AES-256-GCM (bound to row key and column). */
export const personalColumns = ['holder_id', 'subject_id', 'payload'] as const;

export function sealPlainRows(db: Database.Database, cipher: FieldCipher): number {
  const pattern = `${sealedPrefix}%`;
  const rows = db
    .prepare('SELECT key, holder_id, subject_id, payload FROM transactions WHERE holder_id NOT LIKE ? OR subject_id NOT LIKE ? OR payload NOT LIKE ?')
    .all(pattern, pattern, pattern) as { key: string; holder_id: string; subject_id: string; payload: string }[];
  if (rows.length === 0) return 0;
  const update = db.prepare('UPDATE transactions SET holder_id = ?, subject_id = ?, payload = ? WHERE key = ?');
  const seal = (value: string, key: string, column: string) => (isSealed(value) ? value : cipher.seal(value, key, column));
  db.transaction(() => {
    for (const row of rows) update.run(seal(row.holder_id, row.key, 'holder_id'), seal(row.subject_id, row.key, 'subject_id'), seal(row.payload, row.key, 'payload'), row.key);
  })();
  return rows.length;
}
