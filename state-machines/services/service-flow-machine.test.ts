import { describe, expect, it } from 'vitest';
import { builtInServices } from './catalog';
import { loadDefinitions } from './load-definitions';
import { makeWorld, startSession } from '../testing/session-harness';

const { services } = loadDefinitions(builtInServices);

async function openService(world: ReturnType<typeof makeWorld>, serviceId: string, list = services) {
  const s = startSession(world, list);
  s.insertCard();
  await s.untilMain('signedIn.pin');
  s.typePin('1234');
  await s.untilMain('signedIn.menu');
  s.send({ type: 'SERVICE.CHOSEN', serviceId });
  return s;
}

describe('service flow: residence renewal for a family member', () => {
  it('given an eligible spouse, asks delivery by post with an address, quotes, and pays', async () => {
    const world = makeWorld({ items: [{ id: 'term-1y', labelKey: 'central:item.term', labelValues: { years: 1 }, amountMinor: 50_000 }] });
    const s = await openService(world, 'residence-renewal');
    await s.untilFlow('subject');
    s.send({ type: 'SUBJECT.CHOSEN', index: 1 });
    await s.untilFlow('items.choosing');
    s.send({ type: 'ITEM.TOGGLED', itemId: 'term-1y' });
    s.send({ type: 'ITEMS.CONFIRMED' });
    await s.untilFlow('form');
    s.send({ type: 'FIELD.CHANGED', name: 'delivery', value: 'post' });
    s.send({ type: 'FIELD.CHANGED', name: 'phone', value: '+97455512345' });
    s.send({ type: 'FORM.SUBMITTED' });
    const flow = () => s.actor.getSnapshot().context.flowRef?.getSnapshot().context;
    expect(flow()?.fieldErrors).toEqual({ address: 'screens:form.error.required' });
    s.send({ type: 'FIELD.CHANGED', name: 'address', value: 'Building 12, Street 340, Doha' });
    s.send({ type: 'FORM.SUBMITTED' });
    await s.untilFlow('review.confirming');
    s.send({ type: 'PAY.CONFIRMED' });
    await s.untilMain('takeCard');
    expect(world.paidRequests[0]).toMatchObject({ serviceId: 'residence-renewal', subjectId: '28800000001', fields: { delivery: 'post', address: 'Building 12, Street 340, Doha' } });
  });

  it('given an ineligible domestic worker, says why and lets the holder choose someone else', async () => {
    const world = makeWorld({ ineligible: { '29900000002': 'central:reason.permit-not-due' } });
    const s = await openService(world, 'residence-renewal');
    await s.untilFlow('subject');
    s.send({ type: 'SUBJECT.CHOSEN', index: 2 });
    await s.untilFlow('ineligible');
    expect(s.actor.getSnapshot().context.flowRef?.getSnapshot().context.ineligibleReason).toBe('central:reason.permit-not-due');
    s.send({ type: 'BACK' });
    expect(s.flowState()).toBe('subject');
    expect(world.paidRequests).toHaveLength(0);
  });
});

describe('service flow: payment outcomes', () => {
  async function toReview(world: ReturnType<typeof makeWorld>) {
    const s = await openService(world, 'traffic-fines');
    await s.untilFlow('items.choosing');
    s.send({ type: 'ITEM.TOGGLED', itemId: 'v-1' });
    s.send({ type: 'ITEMS.CONFIRMED' });
    await s.untilFlow('review.confirming');
    return s;
  }

  it('given a declined card, shows the failure and a retry that can succeed', async () => {
    const world = makeWorld({ payments: ['declined'] });
    const s = await toReview(world);
    s.send({ type: 'PAY.CONFIRMED' });
    await s.untilFlow('paymentFailed');
    expect(world.paidRequests).toHaveLength(0);
    s.send({ type: 'RETRY' });
    await s.untilMain('takeCard');
    expect(world.paidRequests).toHaveLength(1);
  });

  it('given the fee changed between quote and payment, shows the new fee and asks again', async () => {
    const world = makeWorld({ payments: ['quote-changed'] });
    const s = await toReview(world);
    s.send({ type: 'PAY.CONFIRMED' });
    await s.untilFlow('review.confirming');
    const flow = s.actor.getSnapshot().context.flowRef?.getSnapshot().context;
    expect(flow?.hasQuoteChanged).toBe(true);
    expect(flow?.quote?.amountMinor).toBe(60_000);
    s.send({ type: 'PAY.CONFIRMED' });
    await s.untilMain('takeCard');
  });

  it('given the printer cannot print, takes no money and says why', async () => {
    const world = makeWorld({ payments: ['unavailable'] });
    const s = await toReview(world);
    s.send({ type: 'PAY.CONFIRMED' });
    await s.untilFlow('problem');
    expect(s.actor.getSnapshot().context.flowRef?.getSnapshot().context.problem).toBe('receipt-printer');
    expect(world.paidRequests).toHaveLength(0);
  });
});

describe('service flow: a service added as data only', () => {
  it('runs a service defined inside this test end to end, with no code change elsewhere', async () => {
    const { services: withNew, refused } = loadDefinitions([
      ...builtInServices,
      {
        id: 'parking-permit',
        titleKey: 'services:parking-permit.title',
        audience: { relations: ['self'] },
        steps: [{ kind: 'form', fields: [{ name: 'plate', kind: 'plate' }] }, { kind: 'review' }, { kind: 'pay' }],
        offline: 'queue',
        devices: ['card-reader', 'receipt-printer', 'payment'],
      },
    ]);
    expect(refused).toEqual([]);
    const world = makeWorld();
    const s = await openService(world, 'parking-permit', withNew);
    await s.untilFlow('form');
    s.send({ type: 'FIELD.CHANGED', name: 'plate', value: 'not a plate!' });
    s.send({ type: 'FORM.SUBMITTED' });
    expect(s.flowState()).toBe('form');
    s.send({ type: 'FIELD.CHANGED', name: 'plate', value: '123456' });
    s.send({ type: 'FORM.SUBMITTED' });
    await s.untilFlow('review.confirming');
    s.send({ type: 'PAY.CONFIRMED' });
    await s.untilMain('takeCard');
    expect(world.paidRequests[0]).toMatchObject({ serviceId: 'parking-permit', fields: { plate: '123456' } });
  });

  it('refuses a broken definition with the path of the error and keeps the valid ones', () => {
    const { services: kept, refused } = loadDefinitions([
      ...builtInServices,
      { id: 'broken', titleKey: 'x', audience: { relations: ['self'] }, steps: [{ kind: 'form', fields: [{ name: 'a', kind: 'text', pattern: '(' }] }], offline: 'queue', devices: [] },
      { id: 'no-review', titleKey: 'x', audience: { relations: ['self'] }, steps: [{ kind: 'pay' }], offline: 'queue', devices: ['payment'] },
    ]);
    expect(kept.map((s) => s.id)).toEqual([
      'traffic-fines', 'residence-renewal', 'visa-extension', 'my-requests', 'certificate', 'licence-renewal', 'licence-replacement', 'vehicle-registration', 'exit-permit', 'appointment', 'document-verification',
    ]);
    expect(refused).toEqual([
      { id: 'broken', path: 'steps.0.fields.0.pattern', message: 'not a valid regular expression' },
      { id: 'no-review', path: 'steps', message: 'a paid service needs a review step before pay' },
    ]);
  });
});
