import { randomUUID } from 'node:crypto';
import { err, ok, type Result } from '../../hardware/result';
import type { Quote } from '../../state-machines/domain';
import { feeVersionOf } from '../db/record-queries';
import type { QuotedWork, Refusal, RuleContext, ServiceRules } from '../rules/rule-types';
import { statement } from '../db/statements';

/** Prices the work and keeps the quote, so the submission is checked against what was shown. */
export function createQuote(ctx: RuleContext, serviceId: string, rules: ServiceRules, work: QuotedWork): Result<Quote, Refusal> {
  const lines = rules.quote(ctx, work);
  if (!lines.ok) return lines;
  const quote: Quote = {
    quoteId: randomUUID(),
    version: feeVersionOf(ctx.db, serviceId),
    amountMinor: lines.value.reduce((sum, line) => sum + line.amountMinor, 0),
    currency: ctx.currency.code,
    lines: lines.value,
  };
  statement(ctx.db, 'INSERT INTO quotes (id, service_id, holder_id, subject_id, version, amount_minor, currency, item_ids, fields, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(quote.quoteId, serviceId, work.holderId, work.subjectId, quote.version, quote.amountMinor, quote.currency, JSON.stringify(work.itemIds), JSON.stringify(work.fields), ctx.today);
  return ok(quote);
}

export interface StoredQuote {
  readonly serviceId: string;
  readonly version: number;
  readonly amountMinor: number;
  readonly currency: string;
  readonly work: QuotedWork;
}

export function findQuote(ctx: RuleContext, quoteId: string): Result<StoredQuote, Refusal> {
  const row = statement(ctx.db, 'SELECT * FROM quotes WHERE id = ?').get(quoteId) as
    | { service_id: string; holder_id: string; subject_id: string; version: number; amount_minor: number; currency: string; item_ids: string; fields: string }
    | undefined;
  if (!row) return err({ status: 422, reason: 'central:reason.quote-unknown' });
  return ok({
    serviceId: row.service_id,
    version: row.version,
    amountMinor: row.amount_minor,
    currency: row.currency,
    work: { holderId: row.holder_id, subjectId: row.subject_id, itemIds: JSON.parse(row.item_ids) as string[], fields: JSON.parse(row.fields) as Record<string, string> },
  });
}
