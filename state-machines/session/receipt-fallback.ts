// Take card's offer to send a receipt that did not print to the phone or e-mail on record.
import { assign } from 'xstate';
import { sessionSetup } from './session-setup';
import type { ReceiptChannel, SessionContext } from './session-types';

/** The one channel being sent on (the machine sends one at a time). */
function sendingChannel(sends: SessionContext['receiptSends']): ReceiptChannel {
  return sends.email?.status === 'sending' ? 'email' : 'sms';
}

/**
 * Take card after a payment whose receipt did not print: the reference shows as text and
 * QR, and the receipt can go to the phone or e-mail the central holds (asked once, masked).
 * It lives beside `main` so that take card stays one state; it acts only between the
 * RECEIPT.OFFER and RECEIPT.CLOSE that take card raises on entry and exit.
 */
export const receiptFallbackRegion = sessionSetup.createStateConfig({
  initial: 'idle',
  on: { 'RECEIPT.CLOSE': '.idle' },
  states: {
    idle: { on: { 'RECEIPT.OFFER': { guard: ({ context }) => context.paid !== undefined && context.printed?.isReceiptPrinted !== true, target: 'findingContacts' } } },
    findingContacts: {
      invoke: {
        src: 'findReceiptContacts',
        input: ({ context }) => ({ key: context.paid?.key ?? '' }),
        // unreachable, or a key the central has not stored yet: nothing to offer
        onDone: { actions: assign({ receiptContacts: ({ event }) => (event.output.ok ? event.output.value : {}) }), target: 'offering' },
        onError: { actions: assign({ receiptContacts: {} }), target: 'offering' },
      },
    },
    offering: {
      on: {
        'RECEIPT.SEND': {
          guard: ({ context, event }) => context.receiptContacts?.[event.channel] !== undefined && context.receiptSends[event.channel]?.status !== 'sent',
          actions: assign({ receiptSends: ({ context, event }) => ({ ...context.receiptSends, [event.channel]: { status: 'sending' } }) }),
          target: 'sending',
        },
      },
    },
    sending: {
      invoke: {
        src: 'sendReceipt',
        input: ({ context }) => ({ key: context.paid?.key ?? '', channel: sendingChannel(context.receiptSends) }),
        onDone: {
          actions: assign({
            receiptSends: ({ context, event }) => {
              const channel = sendingChannel(context.receiptSends);
              return { ...context.receiptSends, [channel]: event.output.ok ? { status: 'sent', sentTo: event.output.value.sentTo } : { status: 'failed' } };
            },
          }),
          target: 'offering',
        },
        onError: { actions: assign({ receiptSends: ({ context }) => ({ ...context.receiptSends, [sendingChannel(context.receiptSends)]: { status: 'failed' } }) }), target: 'offering' },
      },
    },
  },
});
