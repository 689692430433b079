// Taking money, in the order that makes a crash at any point recoverable:
// printer ready → fee still valid → pending row (idempotency key) → terminal → paid row
// (durable) → only then is the person told. A timeout is settled with the terminal, never guessed.
// A free service (a booking, an exit permit) goes the same way without the terminal.
import { canPrintA4, type A4Printer } from '../../hardware/a4-printer/contract';
import { canPrint, type ReceiptPrinter } from '../../hardware/printer/contract';
import type { PaymentTerminal } from '../../hardware/payment/contract';
import type { PayOutcome, PayRequest } from '../../state-machines/services/flow-types';
import type { CentralClient } from '../central-client/contract';
import type { Logger } from '../log/logger';
import type { Outbox } from '../outbox/outbox';
import type { FaultHooks } from './fault-hooks';

export interface PayDependencies {
  readonly outbox: Outbox | undefined;
  readonly terminal: PaymentTerminal;
  readonly printer: ReceiptPrinter;
  readonly central: CentralClient;
  readonly currency: string;
  readonly isQueueable: (serviceId: string) => boolean;
  /** Services that print a paid document on A4 after the receipt: no money without a ready A4 printer. */
  readonly needsA4?: (serviceId: string) => boolean;
  readonly a4Printer?: A4Printer;
  readonly logger: Logger;
  readonly faults: FaultHooks;
}

/** The payment reference of a free request: no terminal was asked, reconciliation expects no charge. */
export const noChargeRef = 'NO-CHARGE';

export async function payTransaction(deps: PayDependencies, request: PayRequest): Promise<PayOutcome> {
  const { outbox, terminal, logger } = deps;
  if (!outbox) return { kind: 'unavailable', reason: 'storage' };
  if (!canPrint(await deps.printer.status())) return { kind: 'unavailable', reason: 'receipt-printer' };
  if (deps.needsA4?.(request.serviceId) && !(deps.a4Printer && canPrintA4(await deps.a4Printer.status()))) return { kind: 'unavailable', reason: 'a4-printer' };
  const isFree = request.quote.amountMinor === 0;
  if (!isFree && terminal.health().level === 'failed') return { kind: 'unavailable', reason: 'payment' };

  const fresh = await deps.central.quote(request.serviceId, { holderId: request.holderId, subjectId: request.subjectId, itemIds: request.itemIds, fields: request.fields });
  if (fresh.ok) {
    if (fresh.value.version !== request.quote.version || fresh.value.amountMinor !== request.quote.amountMinor) return { kind: 'quote-changed', quote: fresh.value };
  } else if (fresh.error.kind === 'rejected') {
    // Refused as asked now (a slot booked meanwhile, a permission revoked): nothing charged, the person chooses again.
    return { kind: 'refused', reason: fresh.error.reason };
  } else if (!deps.isQueueable(request.serviceId) || (fresh.error.kind !== 'unreachable' && fresh.error.kind !== 'timeout')) {
    return { kind: 'unavailable', reason: 'central' };
  }

  const quote = request.quote;
  const pending = outbox.createPending({
    serviceId: request.serviceId,
    holderId: request.holderId,
    subjectId: request.subjectId,
    quoteId: quote.quoteId,
    quoteVersion: quote.version,
    amountMinor: quote.amountMinor,
    currency: deps.currency,
    payload: { itemIds: [...request.itemIds], fields: { ...request.fields } },
  });
  deps.faults.afterPendingCommit?.(pending.key);
  const paid = (payment: { paymentRef: string; authCode: string }): PayOutcome => {
    outbox.markPaid(pending.key, payment);
    deps.faults.afterPaidCommit?.(pending.key);
    return { kind: 'paid', key: pending.key, reference: pending.reference, amountMinor: quote.amountMinor };
  };
  if (isFree) {
    logger.log('payment.outcome', { outcome: 'no-charge', service: request.serviceId });
    return paid({ paymentRef: noChargeRef, authCode: 'none' });
  }

  const outcome = await terminal.authorise({ amountMinor: quote.amountMinor, currency: deps.currency, reference: pending.key });
  deps.faults.afterAuthorisation?.(pending.key);
  logger.log('payment.outcome', { outcome: outcome.kind, service: request.serviceId });

  switch (outcome.kind) {
    case 'approved':
      return paid({ paymentRef: outcome.paymentRef, authCode: outcome.authCode });
    case 'declined':
      outbox.markVoided(pending.key, `declined:${outcome.reason}`);
      return { kind: 'declined' };
    case 'cancelled':
      outbox.markVoided(pending.key, 'cancelled');
      return { kind: 'cancelled' };
    case 'timeout': {
      // The customer may have been charged: ask the terminal instead of guessing.
      const lookup = await terminal.lookup(pending.key);
      if (lookup.ok && lookup.value.kind === 'approved') return paid({ paymentRef: lookup.value.paymentRef, authCode: 'reconciled' });
      if (lookup.ok) {
        outbox.markVoided(pending.key, 'timeout-not-charged');
        return { kind: 'not-charged' };
      }
      // Unknown: the row stays pending; recovery settles it with the terminal later.
      logger.log('payment.reversal', { outcome: 'unsettled', service: request.serviceId });
      return { kind: 'unavailable', reason: 'payment' };
    }
  }
}
