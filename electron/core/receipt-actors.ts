// The session machine's receipt-fallback actors over the receipt client: the contacts the
// central holds for a paid transaction's holder (masked), and a send to one of them.
import { fromPromise } from 'xstate';
import type { ReceiptChannel, ReceiptContactsOutput, SendReceiptOutput } from '../../state-machines/session/session-types';
import type { ReceiptClient } from '../central-client/receipt-client';
import type { Logger } from '../log/logger';

export function receiptActors(client: ReceiptClient, logger: Logger) {
  return {
    findReceiptContacts: fromPromise<ReceiptContactsOutput, { key: string }>(({ input }) => client.contacts(input.key)),
    sendReceipt: fromPromise<SendReceiptOutput, { key: string; channel: ReceiptChannel }>(async ({ input }) => {
      const sent = await client.send(input.key, input.channel);
      // the channel and the outcome only: never the contact, never the key
      logger.log('receipt.sent', sent.ok ? { channel: input.channel, outcome: 'sent' } : { channel: input.channel, outcome: 'failed', kind: sent.error.kind });
      return sent;
    }),
  };
}
