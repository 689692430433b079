import { err, type Result } from '../../hardware/result';
import type { WireTransaction } from '../../electron/central-client/wire';
import { quoteChangedReason } from '../../electron/central-client/wire';
import { feeVersionOf } from '../db/record-queries';
import { serviceRules } from '../rules/registry';
import type { Refusal, RuleContext } from '../rules/rule-types';
import { findQuote } from './quotes';

/**
 * Decides what a paid transaction does: checks it against the quote it claims, then lets the
 * service's rules record it. Runs inside the SQLite transaction that stores the answer.
 */
export function acceptTransaction(ctx: RuleContext, tx: WireTransaction): Result<string, Refusal> {
  const rules = serviceRules[tx.serviceId];
  if (!rules) return err({ status: 422, reason: 'central:reason.unknown-service' });
  const quote = findQuote(ctx, tx.quoteId);
  if (!quote.ok) return quote;
  const q = quote.value;
  if (q.serviceId !== tx.serviceId || q.work.holderId !== tx.holderId || q.work.subjectId !== tx.subjectId || q.version !== tx.quoteVersion) {
    return err({ status: 422, reason: 'central:reason.quote-mismatch' });
  }
  if (tx.currency !== ctx.currency.code || q.currency !== ctx.currency.code) return err({ status: 422, reason: 'central:reason.currency-mismatch' });
  // 412: the fee schedule moved after the quote was shown; the kiosk must not take a different amount.
  if (feeVersionOf(ctx.db, tx.serviceId) !== q.version) return err({ status: 412, reason: quoteChangedReason });
  if (tx.amountMinor !== q.amountMinor) return err({ status: 422, reason: 'central:reason.amount-mismatch' });
  return rules.apply(ctx, q.work);
}
