import { createHash } from 'node:crypto';
import type { WireTransaction } from '../../electron/central-client/wire';
import type { RuleContext } from '../rules/rule-types';
import { acceptTransaction } from './accept-transaction';
import { canonicalJson } from './canonical-json';

export type TransactionAnswer =
  | { readonly key: string; readonly outcome: 'stored'; readonly status: 200 | 201; readonly requestId: string }
  | { readonly key: string; readonly outcome: 'refused'; readonly status: number; readonly reason: string };

export interface SubmitHooks {
  /** Awaited after a key is claimed and before its answer is committed (tests hold it to see 409). */
  beforeCommit(key: string): Promise<void>;
}

interface StoredRow { body_hash: string; outcome: 'stored' | 'refused'; status: number; request_id: string | null; reason: string | null }

/**
 * Stores each key once (Stripe-style idempotency): the first answer is kept and replayed to
 * every retry with the same body; a different body under the same key is refused (422); a key
 * whose first request is still being processed answers 409.
 */
export function createTransactionDesk(ctx: () => RuleContext, hooks: SubmitHooks) {
  const inFlight = new Set<string>();

  async function submitOne(kioskId: string, tx: WireTransaction): Promise<TransactionAnswer> {
    const bodyHash = createHash('sha256').update(canonicalJson(tx)).digest('hex');
    const earlier = find(tx.key);
    if (earlier) return replay(tx.key, earlier, bodyHash);
    if (inFlight.has(tx.key)) return { key: tx.key, outcome: 'refused', status: 409, reason: 'central:reason.in-progress' };
    inFlight.add(tx.key);
    try {
      await hooks.beforeCommit(tx.key);
      const now = ctx();
      return now.db.transaction((): TransactionAnswer => {
        const accepted = acceptTransaction(now, tx);
        const answer: TransactionAnswer = accepted.ok
          ? { key: tx.key, outcome: 'stored', status: 201, requestId: accepted.value }
          : { key: tx.key, outcome: 'refused', status: accepted.error.status, reason: accepted.error.reason };
        now.db
          .prepare('INSERT INTO transactions (key, kiosk_id, seq, body_hash, outcome, status, request_id, reason, amount_minor, body, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .run(tx.key, kioskId, tx.seq, bodyHash, answer.outcome, answer.status, answer.outcome === 'stored' ? answer.requestId : null, answer.outcome === 'refused' ? answer.reason : null, tx.amountMinor, JSON.stringify(tx), now.today);
        return answer;
      })();
    } finally {
      inFlight.delete(tx.key);
    }
  }

  function find(key: string): StoredRow | undefined {
    return ctx().db.prepare('SELECT body_hash, outcome, status, request_id, reason FROM transactions WHERE key = ?').get(key) as StoredRow | undefined;
  }

  function replay(key: string, row: StoredRow, bodyHash: string): TransactionAnswer {
    if (row.body_hash !== bodyHash) return { key, outcome: 'refused', status: 422, reason: 'central:reason.key-reused' };
    if (row.outcome === 'stored') return { key, outcome: 'stored', status: 200, requestId: row.request_id ?? '' };
    return { key, outcome: 'refused', status: row.status, reason: row.reason ?? 'central:reason.refused' };
  }

  return {
    /** In order: a later transaction never overtakes an earlier one of the same batch. */
    async submit(kioskId: string, batch: readonly WireTransaction[]): Promise<TransactionAnswer[]> {
      const answers: TransactionAnswer[] = [];
      for (const tx of batch) answers.push(await submitOne(kioskId, tx));
      return answers;
    },
    storedCount(): number {
      return ctx().db.prepare("SELECT count(*) FROM transactions WHERE outcome = 'stored'").pluck().get() as number;
    },
  };
}
