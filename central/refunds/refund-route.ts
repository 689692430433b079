// POST /v1/refunds: a kiosk asks the ministry to refund a payment for a transaction the
// central refused for good, when the terminal could not reverse it. Stored once per key (the
// same request again gets the same refund id, 200); a different body under the same key is
// refused (422); a key the central stored as delivered gets no refund (409).
import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { RefundRequest } from '../../electron/central-client/refund-wire';
import { statement } from '../db/statements';
import { refuse, replayOrRefuse, type RouteAnswer } from '../http/route-answer';
import type { RouteDeps } from '../http/routes';
import { bodyHashOf } from '../transactions/canonical-json';

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

export function refundRoute(deps: RouteDeps, kioskId: string, body: unknown): RouteAnswer {
  const parsed = RefundRequest.safeParse(body);
  if (!parsed.success) return refuse(400, 'central:reason.bad-request');
  const q = parsed.data;
  const { db } = deps.context();
  ensureTable(db);
  const bodyHash = bodyHashOf(q);
  return db.transaction((): RouteAnswer => {
    const earlier = statement(db, 'SELECT body_hash, refund_id, kiosk_id FROM refund_requests WHERE key = ?').get(q.key) as { body_hash: string; refund_id: string; kiosk_id: string } | undefined;
    if (earlier) return replayOrRefuse({ bodyHash: earlier.body_hash, kioskId: earlier.kiosk_id }, { bodyHash, kioskId }, { refundId: earlier.refund_id });
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
