// Brings rows read from a quarantined outbox into the working one, unchanged: the same key,
// seq and creation time, so the reference on the resident's receipt and the body the central
// hashes for idempotency are the same as before (a row sent before the damage is answered with
// its first result, never stored twice). A key already present is left as it is, so importing
// the same file again changes nothing.
import type Database from 'better-sqlite3';
import { isSealed, type FieldCipher } from '../secrets/field-cipher';
import type { LostRow } from './read-quarantined';
import { toTransaction, type TransactionRow } from './row-mapping';

export interface ImportOutcome {
  readonly imported: number;
  /** Keys the working outbox already held (an earlier salvage of the same file, or a row never lost). */
  readonly alreadyPresent: number;
  /** Rows that could not be brought back here: fields that do not open, or a seq another transaction holds. */
  readonly refused: readonly LostRow[];
}

const columns = [
  'seq', 'key', 'state', 'service_id', 'holder_id', 'subject_id', 'quote_id', 'quote_version', 'amount_minor', 'currency', 'payload',
  'payment_ref', 'auth_code', 'central_request_id', 'reason', 'attempts', 'last_error', 'created_at', 'paid_at', 'synced_at', 'updated_at',
  'refund_state', 'refund_ref', 'refunded_at', 'refund_attempts', 'refund_error',
] as const;

/** One commit for the whole file (one disk sync); `highestSeq` keeps new references past the old file's. */
export function importSalvagedRows(db: Database.Database, rows: readonly TransactionRow[], highestSeq: number, cipher: FieldCipher | undefined): ImportOutcome {
  const byKey = db.prepare('SELECT 1 FROM transactions WHERE key = ?');
  const bySeq = db.prepare('SELECT 1 FROM transactions WHERE seq = ?');
  const insert = db.prepare(`INSERT INTO transactions (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
  const open = cipher ? (stored: string, key: string, column: string) => cipher.open(stored, key, column) : (stored: string) => stored;
  const seal = (value: string, key: string, column: string) => (cipher && !isSealed(value) ? cipher.seal(value, key, column) : value);
  let imported = 0;
  let alreadyPresent = 0;
  const refused: LostRow[] = [];
  db.transaction(() => {
    for (const row of rows) {
      if (byKey.get(row.key)) {
        alreadyPresent += 1;
        continue;
      }
      if (!opens(row, open)) {
        refused.push({ seq: row.seq, key: row.key, why: 'unopenable' });
        continue;
      }
      if (bySeq.get(row.seq)) {
        // a kiosk that ran on a fresh outbox before salvage existed gave this seq to another
        // transaction; a new seq would change the reference and the body the central knows
        refused.push({ seq: row.seq, key: row.key, why: 'seq-taken' });
        continue;
      }
      const values = Object.fromEntries(columns.map((c) => [c, row[c]]));
      insert.run({ ...values, holder_id: seal(row.holder_id, row.key, 'holder_id'), subject_id: seal(row.subject_id, row.key, 'subject_id'), payload: seal(row.payload, row.key, 'payload') });
      imported += 1;
    }
    keepSequencePast(db, highestSeq);
  })();
  return { imported, alreadyPresent, refused };
}

/** Whether the row's sealed fields open and its payload parses: one that does not could never be sent. */
function opens(row: TransactionRow, open: (stored: string, key: string, column: 'holder_id' | 'subject_id' | 'payload') => string): boolean {
  try {
    toTransaction(row, open);
    return true;
  } catch (cause) {
    // GCM refused the tag or the payload is not JSON: the bytes were damaged in place, and the
    // row is counted as lost (seq and key kept) rather than queued where it would stop the sync
    if (cause instanceof Error) return false;
    throw cause;
  }
}

/** New rows continue after the highest seq the quarantined file gave out, so no two receipts share a reference. */
function keepSequencePast(db: Database.Database, highestSeq: number): void {
  if (highestSeq <= 0) return;
  const updated = db.prepare("UPDATE sqlite_sequence SET seq = ? WHERE name = 'transactions' AND seq < ?").run(highestSeq, highestSeq).changes;
  if (updated === 0 && db.prepare("SELECT 1 FROM sqlite_sequence WHERE name = 'transactions'").get() === undefined) {
    db.prepare("INSERT INTO sqlite_sequence (name, seq) VALUES ('transactions', ?)").run(highestSeq);
  }
}
