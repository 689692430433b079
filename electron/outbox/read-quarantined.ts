// Reads what can still be read from a quarantined (corrupt) outbox file, read-only. A damaged
// page costs the rows on it, never the rows around it: the table is walked forwards and
// backwards by seq until each walk meets the damage, and the seqs between are asked for one by
// one, each failure counted. The unique index on `key` lives on other pages, so it usually still
// names the idempotency keys of the rows it could not read.
import Database from 'better-sqlite3';
import type { TransactionRow } from './row-mapping';

/** One row the salvage could not bring back: its seq, and its key when the key index still holds it. */
export interface LostRow {
  readonly seq: number;
  readonly key?: string;
  readonly why: 'unreadable' | 'garbled' | 'unopenable' | 'seq-taken';
}

export type QuarantineRead =
  /** Not even the file's header or schema could be read: nobody knows how many rows it held. */
  | { readonly kind: 'header-unreadable'; readonly detail: string }
  | {
      readonly kind: 'read';
      /** Rows as stored (personal fields still sealed), in seq order, columns of older schemas filled in. */
      readonly rows: readonly TransactionRow[];
      readonly lost: readonly LostRow[];
      /** The highest seq the file ever gave out, as far as it can be known (new rows must not reuse a reference). */
      readonly highestSeq: number;
      /** False when damage hid how many rows the table held: more than `lost` may be gone. */
      readonly isCountKnown: boolean;
    };

type Raw = Record<string, unknown>;

const isSqliteError = (cause: unknown): cause is Error & { code: string } => cause instanceof Database.SqliteError;

/** Runs a read that may meet a damaged page; a SQLite error is the value undefined, anything else is a bug. */
function tolerate<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (cause) {
    if (isSqliteError(cause)) return undefined;
    throw cause;
  }
}

export function readQuarantinedOutbox(path: string): QuarantineRead {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (cause) {
    return { kind: 'header-unreadable', detail: describe(cause) };
  }
  try {
    return readOpened(db);
  } finally {
    db.close();
  }
}

function readOpened(db: Database.Database): QuarantineRead {
  let hasTable: boolean;
  try {
    hasTable = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'transactions'").get() !== undefined;
  } catch (cause) {
    if (!isSqliteError(cause)) throw cause;
    return { kind: 'header-unreadable', detail: describe(cause) };
  }
  // a file quarantined before its first migration never held a row
  if (!hasTable) return { kind: 'read', rows: [], lost: [], highestSeq: 0, isCountKnown: true };

  const bySeq = new Map<number, Raw>();
  const forward = walk(db, 'ASC', bySeq);
  const backward = forward.isComplete ? forward : walk(db, 'DESC', bySeq);
  const indexed = indexedKeys(db);
  // AUTOINCREMENT keeps the highest seq ever given out in sqlite_sequence, on a page of its own
  const sequence = tolerate(() => db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'transactions'").pluck().get() as number | undefined);
  const ceiling = Math.max(0, sequence ?? 0, ...indexed.keys(), ...bySeq.keys());
  const lost = new Map<number, LostRow>();
  if (!forward.isComplete) {
    // between the last row each walk reached lie the damaged pages: ask for each seq alone
    const one = db.prepare('SELECT * FROM transactions WHERE seq = ?');
    const upTo = Math.min(backward.lastSeq, ceiling + 1);
    for (let seq = forward.lastSeq + 1; seq < upTo; seq += 1) {
      const probed = probe(() => one.get(seq) as Raw | undefined);
      if (probed === 'damaged') lost.set(seq, { seq, why: 'unreadable' });
      else if (probed !== undefined) bySeq.set(seq, probed);
    }
  }
  // the key index may know rows no walk reached (a damaged page can hide them without an error)
  for (const seq of indexed.keys()) if (!bySeq.has(seq)) lost.set(seq, { seq, why: 'unreadable' });
  const withKey = (seq: number, why: LostRow['why']): LostRow => (indexed.has(seq) ? { seq, key: indexed.get(seq) as string, why } : { seq, why });
  for (const row of lost.values()) lost.set(row.seq, withKey(row.seq, row.why));

  const rows: TransactionRow[] = [];
  for (const [seq, raw] of [...bySeq].sort(([a], [b]) => a - b)) {
    const row = toRow(raw);
    if (row) rows.push(row);
    else lost.set(seq, withKey(seq, 'garbled'));
  }
  // a walk stopped by damage, with neither sqlite_sequence nor the key index to say how far the
  // table went: rows past the damage may be missing without anyone knowing how many
  const isCountKnown = forward.isComplete || sequence !== undefined || indexed.size > 0;
  return { kind: 'read', rows, lost: [...lost.values()].sort((a, b) => a.seq - b.seq), highestSeq: ceiling, isCountKnown };
}

/** One point read: the row, undefined when there is none, or 'damaged' when SQLite refused the page. */
function probe(read: () => Raw | undefined): Raw | undefined | 'damaged' {
  try {
    return read();
  } catch (cause) {
    if (isSqliteError(cause)) return 'damaged';
    throw cause;
  }
}

/** Reads rows in one direction until the end or the first damaged page; says how far it got. */
function walk(db: Database.Database, direction: 'ASC' | 'DESC', into: Map<number, Raw>): { isComplete: boolean; lastSeq: number } {
  let lastSeq = direction === 'ASC' ? 0 : Number.MAX_SAFE_INTEGER;
  const isComplete =
    tolerate(() => {
      for (const row of db.prepare(`SELECT * FROM transactions ORDER BY seq ${direction}`).iterate() as IterableIterator<Raw>) {
        lastSeq = row.seq as number;
        into.set(lastSeq, row);
      }
      return true;
    }) ?? false;
  return { isComplete, lastSeq };
}

/** seq → key from the unique key index alone (it never reads the table's pages); what it cannot read is left out. */
function indexedKeys(db: Database.Database): Map<number, string> {
  const found = new Map<number, string>();
  const index = tolerate(() => db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'transactions' AND name LIKE 'sqlite_autoindex_%'").pluck().get() as string | undefined);
  if (!index) return found;
  tolerate(() => {
    for (const { seq, key } of db.prepare(`SELECT seq, key FROM transactions INDEXED BY "${index}" ORDER BY key`).iterate() as IterableIterator<{ seq: number; key: string }>) found.set(seq, key);
  });
  return found;
}

const text = (v: unknown): v is string => typeof v === 'string';
const int = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);
const textOrNull = (v: unknown): string | null | false => (v === null || v === undefined ? null : text(v) ? v : false);
const states = new Set(['pending', 'paid', 'synced', 'voided', 'dead']);
const refundStates = new Set(['reversed', 'requested', 'not-charged']);

/**
 * A stored record as a row of the current schema: columns older schemas lacked take their
 * defaults (as the migrations gave them); a value of the wrong type means the record is garbled.
 */
export function toRow(raw: Raw): TransactionRow | undefined {
  const nullable = ['payment_ref', 'auth_code', 'central_request_id', 'reason', 'last_error', 'paid_at', 'synced_at', 'refund_state', 'refund_ref', 'refunded_at', 'refund_error'].map((c) => [c, textOrNull(raw[c])] as const);
  if (nullable.some(([, v]) => v === false)) return undefined;
  const { seq, key, state, service_id, holder_id, subject_id, quote_id, quote_version, amount_minor, currency, payload, created_at, updated_at, reference } = raw;
  const attempts = raw.attempts ?? 0;
  const refundAttempts = raw.refund_attempts ?? 0;
  if (!int(seq) || !int(quote_version) || !int(amount_minor) || !int(attempts) || !int(refundAttempts)) return undefined;
  if (![key, state, service_id, holder_id, subject_id, quote_id, currency, payload, created_at, updated_at, reference].every(text)) return undefined;
  const row = { seq, key, state, service_id, holder_id, subject_id, quote_id, quote_version, amount_minor, currency, payload, created_at, updated_at, reference, attempts, refund_attempts: refundAttempts, ...Object.fromEntries(nullable) } as TransactionRow;
  if (!states.has(row.state) || (row.refund_state !== null && !refundStates.has(row.refund_state))) return undefined;
  return row;
}

function describe(cause: unknown): string {
  if (cause instanceof Error) return (cause as NodeJS.ErrnoException).code ?? cause.message;
  return String(cause);
}
