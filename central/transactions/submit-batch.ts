import type { WireTransaction } from '../../electron/central-client/wire';
import type { RuleContext } from '../rules/rule-types';
import { acceptTransaction } from './accept-transaction';
import { bodyHashOf } from './canonical-json';
import { statement } from '../db/statements';

export type TransactionAnswer =
  | { readonly key: string; readonly outcome: 'stored'; readonly status: 200 | 201; readonly requestId: string }
  | { readonly key: string; readonly outcome: 'refused'; readonly status: number; readonly reason: string };

export interface SubmitHooks {
  /** Awaited after a key is claimed and before its answer is committed (tests hold it to see 409). */
  beforeCommit(key: string): Promise<void>;
}

interface StoredRow { body_hash: string; outcome: 'stored' | 'refused'; status: number; request_id: string | null; reason: string | null }

type Slot = { tx: WireTransaction; bodyHash: string; answer?: TransactionAnswer; isClaimed: boolean };

/**
 * Stores each key once (Stripe-style idempotency): the first answer is kept and replayed to
 * every retry with the same body; a different body under the same key is refused (422); a key
 * whose first request is still being processed answers 409. A batch commits in one SQLite
 * transaction (one disk sync), its transactions applied in the order sent.
 */
export function createTransactionDesk(ctx: () => RuleContext, hooks: SubmitHooks) {
  const inFlight = new Set<string>();

  function find(key: string): StoredRow | undefined {
    return statement(ctx().db, 'SELECT body_hash, outcome, status, request_id, reason FROM transactions WHERE key = ?').get(key) as StoredRow | undefined;
  }

  function replay(key: string, row: StoredRow, bodyHash: string): TransactionAnswer {
    if (row.body_hash !== bodyHash) return { key, outcome: 'refused', status: 422, reason: 'central:reason.key-reused' };
    if (row.outcome === 'stored') return { key, outcome: 'stored', status: 200, requestId: row.request_id ?? '' };
    return { key, outcome: 'refused', status: row.status, reason: row.reason ?? 'central:reason.refused' };
  }

  /** First sight of a key: replay what is stored, refuse what is in flight elsewhere, or claim it. */
  function claim(slot: Slot, claimedHere: Set<string>): void {
    const key = slot.tx.key;
    if (claimedHere.has(key)) return; // a repeat inside this batch: answered after the first is stored
    const earlier = find(key);
    if (earlier) slot.answer = replay(key, earlier, slot.bodyHash);
    else if (inFlight.has(key)) slot.answer = { key, outcome: 'refused', status: 409, reason: 'central:reason.in-progress' };
    else {
      inFlight.add(key);
      claimedHere.add(key);
      slot.isClaimed = true;
    }
  }

  function store(now: RuleContext, kioskId: string, slot: Slot): TransactionAnswer {
    const { tx, bodyHash } = slot;
    const accepted = acceptTransaction(now, tx);
    const answer: TransactionAnswer = accepted.ok
      ? { key: tx.key, outcome: 'stored', status: 201, requestId: accepted.value }
      : { key: tx.key, outcome: 'refused', status: accepted.error.status, reason: accepted.error.reason };
    statement(now.db, 'INSERT INTO transactions (key, kiosk_id, seq, body_hash, outcome, status, request_id, reason, amount_minor, body, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(tx.key, kioskId, tx.seq, bodyHash, answer.outcome, answer.status, answer.outcome === 'stored' ? answer.requestId : null, answer.outcome === 'refused' ? answer.reason : null, tx.amountMinor, JSON.stringify(tx), now.today);
    return answer;
  }

  return {
    async submit(kioskId: string, batch: readonly WireTransaction[]): Promise<TransactionAnswer[]> {
      const slots: Slot[] = batch.map((tx) => ({ tx, bodyHash: bodyHashOf(tx), isClaimed: false }));
      const claimedHere = new Set<string>();
      slots.forEach((slot) => claim(slot, claimedHere));
      try {
        for (const slot of slots) if (slot.isClaimed) await hooks.beforeCommit(slot.tx.key);
        const now = ctx();
        now.db.transaction(() => {
          for (const slot of slots) {
            if (slot.isClaimed) slot.answer = store(now, kioskId, slot);
            else if (!slot.answer) slot.answer = replay(slot.tx.key, find(slot.tx.key)!, slot.bodyHash);
          }
        })();
      } finally {
        for (const key of claimedHere) inFlight.delete(key);
      }
      return slots.map((slot) => slot.answer!);
    },
    storedCount(): number {
      return statement(ctx().db, "SELECT count(*) FROM transactions WHERE outcome = 'stored'").pluck().get() as number;
    },
  };
}
