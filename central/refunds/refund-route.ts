// POST /v1/refunds: a kiosk asks the ministry to refund a payment for a transaction the
// central refused for good, when the terminal could not reverse it. Stored once per key (the
// same request again gets the same refund id, 200); a different body under the same key is
// refused (422); a key the central stored as delivered gets no refund (409).
import type Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { RefundRequest } from '../../electron/central-client/refund-wire';
import { statement } from '../db/statements';
import type { RouteAnswer, RouteDeps } from '../http/routes';
import { canonicalJson } from '../transactions/canonical-json';

const createTable = `
CREATE TABLE IF NOT EXISTS refund_requests (
  key TEXT PRIMARY KEY, kiosk_id TEXT NOT NULL, body_hash TEXT NOT NULL, refund_id TEXT NOT NULL UNIQUE,
  reference TEXT NOT NULL, amount_minor INTEGER NOT NULL, currency TEXT NOT NULL, payment_ref TEXT NOT NULL,
  reason TEXT NOT NULL, terminal_error TEXT NOT NULL, filed_at TEXT NOT NULL
) STRICT;
`;

const ensured = new WeakSet<Database.Database>();
function ensureTable(db: Database.Database): void {
  if (ensured.has(db)) return;
  db.exec(createTable);
  ensured.add(db);
}

const refuse = (status: number, reason: string): RouteAnswer => ({ status, body: { error: { reason } } });

export function refundRoute(deps: RouteDeps, kioskId: string, body: unknown): RouteAnswer {
  const parsed = RefundRequest.safeParse(body);
  if (!parsed.success) return refuse(400, 'central:reason.bad-request');
  const q = parsed.data;
  const { db } = deps.context();
  ensureTable(db);
  const bodyHash = createHash('sha256').update(canonicalJson(q)).digest('hex');
  return db.transaction((): RouteAnswer => {
    const earlier = statement(db, 'SELECT body_hash, refund_id, kiosk_id FROM refund_requests WHERE key = ?').get(q.key) as { body_hash: string; refund_id: string; kiosk_id: string } | undefined;
    if (earlier) return earlier.body_hash === bodyHash && earlier.kiosk_id === kioskId ? { status: 200, body: { refundId: earlier.refund_id } } : refuse(422, 'central:reason.key-reused');
    const delivered = statement(db, "SELECT 1 FROM transactions WHERE key = ? AND outcome = 'stored'").get(q.key);
    if (delivered) return refuse(409, 'central:reason.delivered');
    const refundId = `RF-${deps.now().toISOString().slice(0, 4)}-${randomBytes(4).toString('hex').toUpperCase()}`;
    statement(db, 'INSERT INTO refund_requests (key, kiosk_id, body_hash, refund_id, reference, amount_minor, currency, payment_ref, reason, terminal_error, filed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(q.key, kioskId, bodyHash, refundId, q.reference, q.amountMinor, q.currency, q.paymentRef, q.reason, q.terminalError, deps.now().toISOString());
    return { status: 201, body: { refundId } };
  })();
}

/** How many refund requests the central holds for a key (0 or 1), for tests and the fleet page. */
export function refundCount(db: Database.Database, key?: string): number {
  ensureTable(db);
  return (key === undefined ? db.prepare('SELECT count(*) FROM refund_requests').pluck().get() : db.prepare('SELECT count(*) FROM refund_requests WHERE key = ?').pluck().get(key)) as number;
}
