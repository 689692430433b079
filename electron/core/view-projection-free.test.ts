// A request with nothing to pay (an exit permit, an appointment) is sent, not paid: the review
// says so in its title, lead, button and help, and take card shows no "amount paid: 0.00".
import { describe, expect, it } from 'vitest';
import { View } from '../bridge/contract';
import { helpTopicOf } from '../bridge/help-topic';
import { controlsOf } from '../keypad/controls';
import { builtInServices } from '../../state-machines/services/catalog';
import { loadDefinitions } from '../../state-machines/services/load-definitions';
import { makeWorld, startSession } from '../../state-machines/testing/session-harness';
import { projectView } from './view-projection';

const { services } = loadDefinitions(builtInServices);
const settings = { currency: { code: 'QAR', minorUnits: 2 }, rtlLanguages: ['ar', 'ur'] };
const viewOf = (s: ReturnType<typeof startSession>) => View.parse(projectView(s.actor.getSnapshot(), settings));

async function reviewWithQuote(amountMinor: number) {
  const world = makeWorld({ quote: { quoteId: 'q-1', version: 1, amountMinor, currency: 'QAR', lines: [{ labelKey: 'central:line.fine', labelValues: {}, amountMinor }] } });
  const s = startSession(world, services);
  s.insertCard();
  await s.untilMain('signedIn.pin');
  s.typePin('1234');
  await s.untilMain('signedIn.menu');
  s.send({ type: 'SERVICE.CHOSEN', serviceId: 'traffic-fines' });
  await s.untilFlow('items.choosing');
  s.send({ type: 'ITEM.TOGGLED', itemId: 'v-1' });
  s.send({ type: 'ITEMS.CONFIRMED' });
  await s.untilFlow('review.confirming');
  return s;
}

describe('the review and take card of a request with nothing to pay', () => {
  it('given a zero quote, then the review is titled and explained as sending, its one action says "send request", and help explains that', async () => {
    const view = viewOf(await reviewWithQuote(0));
    expect(view).toMatchObject({ screen: 'review', title: { key: 'screens:review.free-title' }, message: { key: 'screens:review.free-message' } });
    expect(controlsOf(view).find((c) => c.id === 'pay')).toMatchObject({ label: [{ kind: 'text', text: { key: 'screens:review.submit' } }], activate: { type: 'PAY.CONFIRMED' } });
    expect(helpTopicOf(view)).toBe('review-free');
  });

  it('given a zero quote, when it is sent, then take card shows the reference and no amount paid', async () => {
    const s = await reviewWithQuote(0);
    s.send({ type: 'PAY.CONFIRMED' });
    await s.untilMain('takeCard');
    const view = viewOf(s);
    expect(view.outcome?.reference).toMatch(/^2026-/);
    expect(view.outcome?.amount).toBeUndefined();
  });

  it('given a fee, then the review still says pay with the amount, and take card shows what was paid', async () => {
    const s = await reviewWithQuote(50_000);
    const view = viewOf(s);
    expect(view).toMatchObject({ title: { key: 'screens:review.title' } });
    expect(view.message).toBeUndefined();
    expect(helpTopicOf(view)).toBe('review');
    expect(controlsOf(view).find((c) => c.id === 'pay')?.label[0]).toMatchObject({ text: { key: 'screens:review.pay' } });
    s.send({ type: 'PAY.CONFIRMED' });
    await s.untilMain('takeCard');
    expect(viewOf(s).outcome?.amount).toMatchObject({ amountMinor: 50_000 });
  });
});
