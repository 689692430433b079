import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { err, ok, type Result } from '../../hardware/result';
import type { Logger } from '../log/logger';
import { openOutboxDatabase } from './open-database';
import { importSalvagedRows, type ImportOutcome } from './import-salvaged';
import type { FieldCipher } from '../secrets/field-cipher';
import { toTransaction, type OpenField, type TransactionRow } from './row-mapping';
import { describeOutboxOpenError, OutboxTransitionError, outboxStates, type NewTransaction, type OutboxOpenError, type OutboxState, type OutboxTransaction, type RefundOutcome } from './types';

export interface Outbox {
  /** Writes the row and its idempotency key before payment starts. */
  createPending(t: NewTransaction): { key: string; seq: number; reference: string };
  /** Durable (WAL, synchronous=FULL) before it returns. Repeating it with the same payment is a no-op. */
  markPaid(key: string, payment: { paymentRef: string; authCode: string }): void;
  markVoided(key: string, reason: string): void;
  /** Paid rows, oldest sequence number first (after `afterSeq`, for a pass that walks the queue). */
  listUnsynced(limit: number, afterSeq?: number): readonly OutboxTransaction[];
  /** Only on the central's acknowledgement. */
  markSynced(key: string, central: { requestId: string }): void;
  markDead(key: string, reason: string): void;
  /** A sync attempt for a paid row that did not end in an acknowledgement (kept for technicians). */
  recordAttempt(key: string, error: string): void;
  get(key: string): OutboxTransaction | undefined;
  list(state: OutboxState, limit: number): readonly OutboxTransaction[];
  /** When the oldest paid-but-unsynced row was paid (for the heartbeat's queue age). */
  oldestUnsyncedPaidAt(): string | undefined;
  counts(): Record<OutboxState, number>;
  /** Dead rows whose refund is not settled yet, oldest first. */
  listDeadUnrefunded(limit: number): readonly OutboxTransaction[];
  /** Settles a dead row's refund (once; the same outcome again is a no-op). */
  recordRefund(key: string, outcome: RefundOutcome): void;
  /** A refund try that settled nothing (kept for technicians; the row stays owed). */
  recordRefundAttempt(key: string, error: string): void;
  /** Deletes synced rows acknowledged before `syncedBefore` (ISO time): the retention rule. Returns how many. */
  purgeSynced(syncedBefore: string): number;
  /** Rows read from a quarantined file, kept as they were (key, seq, state); a key already here is skipped. One commit. */
  importSalvaged(rows: readonly TransactionRow[], highestSeq: number): ImportOutcome;
  /** Runs several changes as one commit (one disk sync), e.g. a whole sync batch's acknowledgements. */
  atomically<T>(changes: () => T): T;
  close(): void;
}

export interface OutboxOptions {
  readonly now?: () => Date;
  readonly logger?: Logger;
  /** Seals holder id, subject id and payload at rest (AES-256-GCM); the kiosk always passes one. */
  readonly fieldCipher?: FieldCipher;
}

/** Opens (creating or migrating) the outbox; a file that cannot be used is an error value. */
export function tryOpenOutbox(path: string, options: OutboxOptions = {}): Result<Outbox, OutboxOpenError> {
  const opened = openOutboxDatabase(path, options.fieldCipher ? { fieldCipher: options.fieldCipher } : {});
  return opened.ok ? ok(createOutbox(opened.value, options)) : err(opened.error);
}

/** As tryOpenOutbox, for callers that cannot run without it: throws with a clear message. */
export function openOutbox(path: string, options: OutboxOptions = {}): Outbox {
  const opened = tryOpenOutbox(path, options);
  if (!opened.ok) throw new Error(describeOutboxOpenError(opened.error));
  return opened.value;
}

/** The same rule as the generated `reference` column (migration 0001): year of creation and seq. */
function referenceOf(createdAt: string, seq: number): string {
  return `${createdAt.slice(0, 4)}-${String(seq).padStart(6, '0')}`;
}

function createOutbox(db: Database.Database, options: OutboxOptions): Outbox {
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const insert = db.prepare(`INSERT INTO transactions (key, state, service_id, holder_id, subject_id, quote_id, quote_version, amount_minor, currency, payload, created_at, updated_at)
    VALUES (@key, 'pending', @serviceId, @holderId, @subjectId, @quoteId, @quoteVersion, @amountMinor, @currency, @payload, @at, @at)`);
  const byKey = db.prepare('SELECT * FROM transactions WHERE key = ?');
  const byState = db.prepare('SELECT * FROM transactions WHERE state = ? ORDER BY seq LIMIT ?');
  const paidAfter = db.prepare("SELECT * FROM transactions WHERE state = 'paid' AND seq > ? ORDER BY seq LIMIT ?");
  const toPaid = db.prepare(`UPDATE transactions SET state = 'paid', payment_ref = ?, auth_code = ?, paid_at = ?, updated_at = ? WHERE key = ? AND state = 'pending'`);
  const toVoided = db.prepare(`UPDATE transactions SET state = 'voided', reason = ?, updated_at = ? WHERE key = ? AND state IN ('pending', 'paid')`);
  const toSynced = db.prepare(`UPDATE transactions SET state = 'synced', central_request_id = ?, synced_at = ?, updated_at = ? WHERE key = ? AND state = 'paid'`);
  const toDead = db.prepare(`UPDATE transactions SET state = 'dead', reason = ?, updated_at = ? WHERE key = ? AND state = 'paid'`);
  const attempt = db.prepare(`UPDATE transactions SET attempts = attempts + 1, last_error = ?, updated_at = ? WHERE key = ? AND state = 'paid'`);
  const oldest = db.prepare(`SELECT paid_at FROM transactions WHERE state = 'paid' ORDER BY seq LIMIT 1`);
  const countStates = db.prepare('SELECT state, count(*) AS n FROM transactions GROUP BY state');
  const deadUnrefunded = db.prepare("SELECT * FROM transactions WHERE state = 'dead' AND refund_state IS NULL ORDER BY seq LIMIT ?");
  const toRefunded = db.prepare("UPDATE transactions SET refund_state = ?, refund_ref = ?, refunded_at = ?, refund_error = NULL, updated_at = ? WHERE key = ? AND state = 'dead' AND refund_state IS NULL");
  const refundAttempt = db.prepare("UPDATE transactions SET refund_attempts = refund_attempts + 1, refund_error = ?, updated_at = ? WHERE key = ? AND state = 'dead' AND refund_state IS NULL");
  const purge = db.prepare("DELETE FROM transactions WHERE state = 'synced' AND synced_at < ?");

  const cipher = options.fieldCipher;
  const open: OpenField = cipher ? (stored, rowKey, column) => cipher.open(stored, rowKey, column) : (stored) => stored;
  const seal = (plain: string, rowKey: string, column: string) => (cipher ? cipher.seal(plain, rowKey, column) : plain);
  const read = (key: string) => byKey.get(key) as TransactionRow | undefined;
  const map = (row: TransactionRow) => toTransaction(row, open);

  /** Runs an update; when it matched nothing, the row is either already there (no-op) or the move is a bug. */
  const transition = (key: string, to: OutboxState, changes: number, isAlreadyDone: (row: TransactionRow) => boolean) => {
    if (changes === 1) {
      options.logger?.log('outbox.transition', { to, seq: read(key)?.seq ?? -1 });
      return;
    }
    const row = read(key);
    if (row && isAlreadyDone(row)) return;
    throw new OutboxTransitionError(key, row?.state ?? 'missing', to);
  };

  return {
    createPending(t) {
      if (!Number.isSafeInteger(t.amountMinor) || t.amountMinor < 0) throw new RangeError('amountMinor must be a non-negative integer');
      const key = randomUUID();
      const at = now();
      // run() rather than RETURNING: measured ~1.6× faster per commit with better-sqlite3 here.
      const row = { ...t, key, holderId: seal(t.holderId, key, 'holder_id'), subjectId: seal(t.subjectId, key, 'subject_id'), payload: seal(JSON.stringify(t.payload), key, 'payload'), at };
      const seq = Number(insert.run(row).lastInsertRowid);
      options.logger?.log('outbox.transition', { to: 'pending', seq });
      return { key, seq, reference: referenceOf(at, seq) };
    },
    markPaid(key, payment) {
      const at = now();
      const { changes } = toPaid.run(payment.paymentRef, payment.authCode, at, at, key);
      transition(key, 'paid', changes, (row) => row.state !== 'pending' && row.state !== 'voided' && row.payment_ref === payment.paymentRef);
    },
    markVoided(key, reason) {
      const { changes } = toVoided.run(reason, now(), key);
      transition(key, 'voided', changes, (row) => row.state === 'voided');
    },
    listUnsynced(limit, afterSeq = 0) {
      return (paidAfter.all(afterSeq, limit) as TransactionRow[]).map(map);
    },
    markSynced(key, central) {
      const at = now();
      const { changes } = toSynced.run(central.requestId, at, at, key);
      transition(key, 'synced', changes, (row) => row.state === 'synced');
    },
    markDead(key, reason) {
      const { changes } = toDead.run(reason, now(), key);
      transition(key, 'dead', changes, (row) => row.state === 'dead');
    },
    recordAttempt(key, error) {
      attempt.run(error, now(), key);
    },
    get(key) {
      const row = read(key);
      return row ? map(row) : undefined;
    },
    list(state, limit) {
      return (byState.all(state, limit) as TransactionRow[]).map(map);
    },
    listDeadUnrefunded(limit) {
      return (deadUnrefunded.all(limit) as TransactionRow[]).map(map);
    },
    recordRefund(key, outcome) {
      const at = now();
      const { changes } = toRefunded.run(outcome.kind, outcome.kind === 'requested' ? outcome.refundId : null, at, at, key);
      if (changes === 1) {
        options.logger?.log('outbox.transition', { refund: outcome.kind, seq: read(key)?.seq ?? -1 });
        return;
      }
      const row = read(key);
      if (row?.state === 'dead' && row.refund_state === outcome.kind) return;
      throw new OutboxTransitionError(key, row?.state ?? 'missing', 'dead');
    },
    recordRefundAttempt(key, error) {
      refundAttempt.run(error, now(), key);
    },
    purgeSynced(syncedBefore) {
      return purge.run(syncedBefore).changes;
    },
    oldestUnsyncedPaidAt() {
      return (oldest.get() as { paid_at: string } | undefined)?.paid_at;
    },
    counts() {
      const counts = Object.fromEntries(outboxStates.map((s) => [s, 0])) as Record<OutboxState, number>;
      for (const { state, n } of countStates.all() as { state: OutboxState; n: number }[]) counts[state] = n;
      return counts;
    },
    importSalvaged(rows, highestSeq) {
      return importSalvagedRows(db, rows, highestSeq, cipher);
    },
    atomically(changes) {
      return db.transaction(changes)();
    },
    close() {
      db.close();
    },
  };
}
