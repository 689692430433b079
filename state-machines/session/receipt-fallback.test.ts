import { waitFor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { builtInServices } from '../services/catalog';
import { loadDefinitions } from '../services/load-definitions';
import { fakeReceiptCentral as central, maskedContacts as masked, sessionOnTakeCard } from '../testing/receipt-session';
import { makeWorld, type FakeWorld } from '../testing/session-harness';

const { services } = loadDefinitions(builtInServices);
const paidSession = (world: FakeWorld, c: ReturnType<typeof central>) => sessionOnTakeCard(world, c, services);
const unprinted = { printed: { isReceiptPrinted: false, isPendingConfirmation: false } };

describe('take card when the receipt did not print', () => {
  it('given the printer failed after payment, when take card opens, then the central is asked once for the holder\'s contacts and both are offered masked', async () => {
    const c = central();
    const actor = await paidSession(makeWorld(unprinted), c);
    await waitFor(actor, (s) => s.matches({ receiptFallback: 'offering' }));
    expect(c.asked).toEqual(['key-1']);
    expect(actor.getSnapshot().context.receiptContacts).toEqual(masked);
  });

  it('given the receipt printed, then nothing is asked and nothing is offered', async () => {
    const c = central();
    const actor = await paidSession(makeWorld(), c);
    expect(actor.getSnapshot().matches({ receiptFallback: 'idle' })).toBe(true);
    actor.send({ type: 'RECEIPT.SEND', channel: 'sms' });
    expect(c.asked).toEqual([]);
    expect(c.sent).toEqual([]);
  });

  it('given RECEIPT.SEND by SMS, then the paid key goes to the central and the masked number it sent to is kept; a second press does not send again', async () => {
    const c = central();
    const actor = await paidSession(makeWorld(unprinted), c);
    await waitFor(actor, (s) => s.matches({ receiptFallback: 'offering' }));
    actor.send({ type: 'RECEIPT.SEND', channel: 'sms' });
    expect(actor.getSnapshot().context.receiptSends).toEqual({ sms: { status: 'sending' } });
    await waitFor(actor, (s) => s.context.receiptSends.sms?.status === 'sent');
    expect(actor.getSnapshot().context.receiptSends.sms).toEqual({ status: 'sent', sentTo: '+974 •••• 345' });
    actor.send({ type: 'RECEIPT.SEND', channel: 'sms' });
    actor.send({ type: 'RECEIPT.SEND', channel: 'email' });
    await waitFor(actor, (s) => s.context.receiptSends.email?.status === 'sent');
    expect(c.sent).toEqual([{ key: 'key-1', channel: 'sms' }, { key: 'key-1', channel: 'email' }]);
  });

  it('given the central fails the send, then it shows as failed and the person may try again', async () => {
    const c = central({ sendAnswers: [{ ok: false, error: { kind: 'unreachable' } }] });
    const actor = await paidSession(makeWorld(unprinted), c);
    await waitFor(actor, (s) => s.matches({ receiptFallback: 'offering' }));
    actor.send({ type: 'RECEIPT.SEND', channel: 'email' });
    await waitFor(actor, (s) => s.context.receiptSends.email?.status === 'failed');
    actor.send({ type: 'RECEIPT.SEND', channel: 'email' });
    await waitFor(actor, (s) => s.context.receiptSends.email?.status === 'sent');
    expect(c.sent).toHaveLength(2);
  });

  it('given a holder with no contact on record (or a central that cannot say), then no channel can be sent on', async () => {
    for (const contacts of [{ ok: true as const, value: {} }, { ok: false as const, error: { kind: 'unreachable' as const } }]) {
      const c = central({ contacts });
      const actor = await paidSession(makeWorld(unprinted), c);
      await waitFor(actor, (s) => s.matches({ receiptFallback: 'offering' }));
      expect(actor.getSnapshot().context.receiptContacts).toEqual({});
      actor.send({ type: 'RECEIPT.SEND', channel: 'sms' });
      expect(c.sent).toEqual([]);
      actor.stop();
    }
  });

  it('given the card is taken, then the offer closes and the next session starts with none', async () => {
    const c = central();
    const actor = await paidSession(makeWorld(unprinted), c);
    await waitFor(actor, (s) => s.matches({ receiptFallback: 'offering' }));
    actor.send({ type: 'RECEIPT.SEND', channel: 'sms' });
    actor.send({ type: 'CARD.REMOVED' });
    expect(actor.getSnapshot().matches({ main: 'goodbye', receiptFallback: 'idle' })).toBe(true);
    expect(actor.getSnapshot().context.receiptContacts).toBeUndefined();
    expect(actor.getSnapshot().context.receiptSends).toEqual({});
  });
});
