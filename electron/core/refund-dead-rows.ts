// A dead row was paid for and its service will not be delivered, so the money goes back
// (DESIGN.md "dead: a refund is owed"). Run after every sync pass:
//   free request (nothing charged)           → not-charged
//   the terminal already reversed it         → reversed (a reversal whose record a crash lost)
//   the terminal reverses it now             → reversed
//   the terminal refuses (not found, window
//   closed) or stays offline past the grace   → a refund request filed with the central → requested
//   anything else (terminal briefly offline,
//   central unreachable)                      → still owed; tried again after the next pass
import type { PaymentTerminal, ReverseError } from '../../hardware/payment/contract';
import type { RefundRequest } from '../central-client/refund-wire';
import type { CredentialClient } from '../central-client/credential-client';
import type { Logger } from '../log/logger';
import type { Outbox } from '../outbox/outbox';
import type { OutboxTransaction } from '../outbox/types';

export interface RefundDependencies {
  readonly outbox: Outbox;
  readonly terminal: PaymentTerminal;
  /** Undefined before enrolment: refunds through the central wait. */
  readonly central: Pick<CredentialClient, 'fileRefund'> | undefined;
  readonly logger: Logger;
  readonly now: () => Date;
  /** How long after payment an offline terminal is waited for before the central is asked. */
  readonly terminalGraceMs: number;
  readonly batchSize?: number;
}

export interface RefundReport {
  readonly reversed: number;
  readonly requested: number;
  readonly notCharged: number;
  /** Rows still owed a refund after this run. */
  readonly owed: number;
}

type Settled = 'reversed' | 'requested' | 'not-charged' | 'owed';

export async function refundDeadRows(deps: RefundDependencies): Promise<RefundReport> {
  const tally: Record<Settled, number> = { reversed: 0, requested: 0, 'not-charged': 0, owed: 0 };
  for (const row of deps.outbox.listDeadUnrefunded(deps.batchSize ?? 50)) {
    const outcome = await refundOne(deps, row);
    tally[outcome] += 1;
    deps.logger.log('payment.reversal', { seq: row.seq, outcome, service: row.serviceId });
  }
  return { reversed: tally.reversed, requested: tally.requested, notCharged: tally['not-charged'], owed: tally.owed };
}

async function refundOne(deps: RefundDependencies, row: OutboxTransaction): Promise<Settled> {
  const { outbox, terminal } = deps;
  if (row.amountMinor === 0) {
    outbox.recordRefund(row.key, { kind: 'not-charged' });
    return 'not-charged';
  }
  // Asked first, so a reversal done just before a crash is recorded rather than refused as not found.
  const lookup = await terminal.lookup(row.key);
  if (lookup.ok && lookup.value.kind === 'reversed') {
    outbox.recordRefund(row.key, { kind: 'reversed' });
    return 'reversed';
  }
  const reversal: { ok: true } | { ok: false; error: ReverseError } = lookup.ok && lookup.value.kind === 'none' ? { ok: false, error: { kind: 'not-found' } } : await terminal.reverse(row.key);
  if (reversal.ok) {
    outbox.recordRefund(row.key, { kind: 'reversed' });
    return 'reversed';
  }
  const paidAtMs = Date.parse(row.paidAt ?? row.createdAt);
  if (reversal.error.kind === 'offline' && deps.now().getTime() - paidAtMs < deps.terminalGraceMs) {
    outbox.recordRefundAttempt(row.key, 'terminal:offline');
    return 'owed';
  }
  return fileWithCentral(deps, row, reversal.error.kind);
}

async function fileWithCentral(deps: RefundDependencies, row: OutboxTransaction, terminalError: RefundRequest['terminalError']): Promise<Settled> {
  if (!deps.central) {
    deps.outbox.recordRefundAttempt(row.key, 'central:not-enrolled');
    return 'owed';
  }
  const filed = await deps.central.fileRefund({
    key: row.key, reference: row.reference, serviceId: row.serviceId, amountMinor: row.amountMinor, currency: row.currency,
    paymentRef: row.payment?.paymentRef ?? 'unknown', reason: row.reason ?? 'central:reason.refused', terminalError,
  });
  if (!filed.ok) {
    deps.outbox.recordRefundAttempt(row.key, `central:${filed.error.kind}`);
    return 'owed';
  }
  deps.outbox.recordRefund(row.key, { kind: 'requested', refundId: filed.value });
  return 'requested';
}
