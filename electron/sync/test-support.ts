// Paid outbox rows the central will accept: each pays one fresh violation, quoted for real.
import type { RunningCentral } from '../../central/server';
import { cardHolders } from '../../central/seed/people';
import type { CentralClient } from '../central-client/contract';
import type { Outbox } from '../outbox/outbox';

export const payer = cardHolders.resident.idNumber;

export async function paidTrafficRows(central: Pick<RunningCentral, 'control'>, client: CentralClient, outbox: Outbox, count: number): Promise<string[]> {
  const keys: string[] = [];
  for (const violationId of central.control.addViolations(payer, count)) {
    const quote = await client.quote('traffic-fines', { holderId: payer, subjectId: payer, itemIds: [violationId], fields: {} });
    if (!quote.ok) throw new Error(`the test quote failed: ${quote.error.kind}`);
    const { key } = outbox.createPending({
      serviceId: 'traffic-fines', holderId: payer, subjectId: payer, quoteId: quote.value.quoteId, quoteVersion: quote.value.version,
      amountMinor: quote.value.amountMinor, currency: quote.value.currency, payload: { itemIds: [violationId] },
    });
    outbox.markPaid(key, { paymentRef: `PAY-${key.slice(0, 8)}`, authCode: 'A1' });
    keys.push(key);
  }
  return keys;
}
