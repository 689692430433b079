// Take card without a printed receipt: what the screen offers instead of paper, from the
// session's receiptFallback region (contacts arrive masked from the central; never unmasked).
import type { SnapshotFrom } from 'xstate';
import type { View } from '../bridge/contract';
import type { sessionMachine } from '../../state-machines/session/session-machine';
import type { ReceiptChannel } from '../../state-machines/session/session-types';

const channelOrder: readonly ReceiptChannel[] = ['sms', 'email'];

export function receiptDeliveryOf(session: SnapshotFrom<typeof sessionMachine>): View['receiptDelivery'] {
  if (session.matches({ receiptFallback: 'idle' })) return undefined;
  const { receiptContacts, receiptSends } = session.context;
  if (session.matches({ receiptFallback: 'findingContacts' })) return { isLooking: true, channels: [] };
  const channels = channelOrder.flatMap((channel) => {
    const contact = receiptSends[channel]?.sentTo ?? receiptContacts?.[channel];
    return contact === undefined ? [] : [{ channel, contact, status: receiptSends[channel]?.status ?? ('offered' as const) }];
  });
  // nothing on record: the offer is not drawn at all
  return channels.length > 0 ? { isLooking: false, channels } : undefined;
}
