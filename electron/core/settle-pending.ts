// Recovery is a pure function of what the database holds (DESIGN.md): a row left `pending`
// by a crash or an unanswered terminal is settled with the terminal's own journal.
import type { PaymentTerminal } from '../../hardware/payment/contract';
import type { Logger } from '../log/logger';
import type { Outbox } from '../outbox/outbox';

export interface SettleReport {
  readonly paid: number;
  readonly voided: number;
  readonly unsettled: number;
}

export async function settlePendingTransactions(outbox: Outbox, terminal: PaymentTerminal, logger: Logger): Promise<SettleReport> {
  let paid = 0;
  let voided = 0;
  let unsettled = 0;
  for (const row of outbox.list('pending', 1_000)) {
    const lookup = await terminal.lookup(row.key);
    if (!lookup.ok) {
      unsettled += 1;
      continue;
    }
    if (lookup.value.kind === 'approved') {
      // The customer paid before the crash: the service they paid for is delivered.
      outbox.markPaid(row.key, { paymentRef: lookup.value.paymentRef, authCode: 'recovered' });
      paid += 1;
    } else {
      outbox.markVoided(row.key, lookup.value.kind === 'reversed' ? 'reversed' : 'never-charged');
      voided += 1;
    }
  }
  if (paid + voided + unsettled > 0) logger.log('outbox.transition', { recovered: 'pending', paid, voided, unsettled });
  return { paid, voided, unsettled };
}
