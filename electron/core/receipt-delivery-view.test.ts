import { waitFor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { View } from '../bridge/contract';
import { controlsOf } from '../keypad/controls';
import { builtInServices } from '../../state-machines/services/catalog';
import { loadDefinitions } from '../../state-machines/services/load-definitions';
import { fakeReceiptCentral, sessionOnTakeCard } from '../../state-machines/testing/receipt-session';
import { makeWorld } from '../../state-machines/testing/session-harness';
import { projectView } from './view-projection';

const { services } = loadDefinitions(builtInServices);
const settings = { currency: { code: 'QAR', minorUnits: 2 }, rtlLanguages: ['ar', 'ur'] };
const unprinted = () => makeWorld({ printed: { isReceiptPrinted: false, isPendingConfirmation: false } });

describe('take card in the view when the receipt did not print', () => {
  it('given contacts on record, then the view carries the reference and one masked contact per channel, offered', async () => {
    const actor = await sessionOnTakeCard(unprinted(), fakeReceiptCentral(), services);
    await waitFor(actor, (s) => s.matches({ receiptFallback: 'offering' }));
    const view = View.parse(projectView(actor.getSnapshot(), settings));
    expect(view.screen).toBe('take-card');
    expect(view.outcome).toMatchObject({ reference: '2026-000001', isReceiptPrinted: false });
    expect(view.receiptDelivery).toEqual({
      isLooking: false,
      channels: [
        { channel: 'sms', contact: '+974 •••• 345', status: 'offered' },
        { channel: 'email', contact: 'a•••@example.qa', status: 'offered' },
      ],
    });
  });

  it('given a send by SMS, then the view says sending, then sent to the contact the central named', async () => {
    const actor = await sessionOnTakeCard(unprinted(), fakeReceiptCentral(), services);
    await waitFor(actor, (s) => s.matches({ receiptFallback: 'offering' }));
    actor.send({ type: 'RECEIPT.SEND', channel: 'sms' });
    expect(projectView(actor.getSnapshot(), settings).receiptDelivery?.channels[0]).toEqual({ channel: 'sms', contact: '+974 •••• 345', status: 'sending' });
    await waitFor(actor, (s) => s.matches({ receiptFallback: 'offering' }));
    expect(projectView(actor.getSnapshot(), settings).receiptDelivery?.channels[0]).toEqual({ channel: 'sms', contact: '+974 •••• 345', status: 'sent' });
  });

  it('given no contact on record, or a printed receipt, then no delivery is in the view at all', async () => {
    const none = await sessionOnTakeCard(unprinted(), fakeReceiptCentral({ contacts: { ok: true, value: {} } }), services);
    await waitFor(none, (s) => s.matches({ receiptFallback: 'offering' }));
    expect(projectView(none.getSnapshot(), settings).receiptDelivery).toBeUndefined();
    const printed = await sessionOnTakeCard(makeWorld(), fakeReceiptCentral(), services);
    expect(projectView(printed.getSnapshot(), settings)).toMatchObject({ screen: 'take-card', outcome: { isReceiptPrinted: true } });
    expect(projectView(printed.getSnapshot(), settings).receiptDelivery).toBeUndefined();
  });
});

describe('take card without a receipt, on the tactile keypad', () => {
  it('given two contacts, one already sent to, then the keypad reaches the other and says its contact only as personal speech', async () => {
    const actor = await sessionOnTakeCard(unprinted(), fakeReceiptCentral(), services);
    await waitFor(actor, (s) => s.matches({ receiptFallback: 'offering' }));
    actor.send({ type: 'RECEIPT.SEND', channel: 'sms' });
    await waitFor(actor, (s) => s.context.receiptSends.sms?.status === 'sent');
    const controls = controlsOf(projectView(actor.getSnapshot(), settings)).filter((control) => control.id.startsWith('receipt-send'));
    expect(controls).toEqual([
      { id: 'receipt-send-email', label: [{ kind: 'text', text: { key: 'screens:take-card.send-email', values: { contact: 'a•••@example.qa' } }, content: 'personal' }], activate: { type: 'RECEIPT.SEND', channel: 'email' }, isDisabled: false },
    ]);
  });
});
