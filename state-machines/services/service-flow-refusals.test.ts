import { describe, expect, it } from 'vitest';
import { builtInServices } from './catalog';
import { loadDefinitions } from './load-definitions';
import { holderServiceAvailability, notGrantedReasonKey } from './availability';
import { makeWorld, startSession, holderProfile } from '../testing/session-harness';

const { services } = loadDefinitions(builtInServices);
const flowContext = (s: ReturnType<typeof startSession>) => s.actor.getSnapshot().context.flowRef?.getSnapshot().context;

async function openService(world: ReturnType<typeof makeWorld>, serviceId: string) {
  const s = startSession(world, services);
  s.insertCard();
  await s.untilMain('signedIn.pin');
  s.typePin('1234');
  await s.untilMain('signedIn.menu');
  s.send({ type: 'SERVICE.CHOSEN', serviceId });
  return s;
}

async function toAppointmentSlots(world: ReturnType<typeof makeWorld>) {
  const s = await openService(world, 'appointment');
  await s.untilFlow('form');
  s.send({ type: 'FIELD.CHANGED', name: 'department', value: 'residency' });
  s.send({ type: 'FIELD.CHANGED', name: 'centre', value: 'lusail' });
  s.send({ type: 'FIELD.CHANGED', name: 'date', value: '2026-03-08' });
  s.send({ type: 'FORM.SUBMITTED' });
  return s;
}

const slots = [
  { id: 'slot-0730', labelKey: 'central:item.slot', labelValues: { time: '07:30', date: '2026-03-08' }, amountMinor: 0 },
  { id: 'slot-0800', labelKey: 'central:item.slot', labelValues: { time: '08:00', date: '2026-03-08' }, amountMinor: 0 },
];
const freeQuote = { quoteId: 'q-a', version: 1, amountMinor: 0, currency: 'QAR', lines: [{ labelKey: 'central:line.appointment', labelValues: {}, amountMinor: 0 }] };

describe('service flow: the central refuses what was chosen, the person chooses again', () => {
  it('given a quote refused (over the company cap), then the reason is shown and Back asks for the choice again', async () => {
    const world = makeWorld({ refusals: { items: [], quote: ['central:reason.over-spending-cap'] } });
    const s = await openService(world, 'traffic-fines');
    await s.untilFlow('items.choosing');
    s.send({ type: 'ITEM.TOGGLED', itemId: 'v-1' });
    s.send({ type: 'ITEMS.CONFIRMED' });
    await s.untilFlow('refused');
    expect(flowContext(s)?.refusal).toBe('central:reason.over-spending-cap');
    s.send({ type: 'BACK' });
    await s.untilFlow('items.choosing');
    s.send({ type: 'ITEM.TOGGLED', itemId: 'v-1' });
    s.send({ type: 'ITEMS.CONFIRMED' });
    await s.untilFlow('review.confirming');
    expect(world.paidRequests).toHaveLength(0);
  });

  it('given a form whose answer has nothing to offer (a closed day), then the items call carried the form, the reason is shown, and Back returns to the form with its values', async () => {
    const world = makeWorld({ items: slots, refusals: { items: ['central:reason.centre-closed'], quote: [] } });
    const s = await toAppointmentSlots(world);
    await s.untilFlow('refused');
    expect(world.asked[0]).toEqual({ call: 'items', fields: { department: 'residency', centre: 'lusail', date: '2026-03-08' } });
    expect(flowContext(s)?.refusal).toBe('central:reason.centre-closed');
    s.send({ type: 'BACK' });
    expect(s.flowState()).toBe('form');
    expect(flowContext(s)?.fields.centre).toBe('lusail');
  });

  it('given a slot taken between the quote and the booking, then nothing is booked, the reason is shown, and Back lists the slots again', async () => {
    const world = makeWorld({ items: slots, quote: freeQuote, payments: ['refused'] });
    const s = await toAppointmentSlots(world);
    await s.untilFlow('items.choosing');
    s.send({ type: 'ITEM.TOGGLED', itemId: 'slot-0730' });
    s.send({ type: 'ITEMS.CONFIRMED' });
    await s.untilFlow('review.confirming');
    s.send({ type: 'PAY.CONFIRMED' });
    await s.untilFlow('refused');
    expect(flowContext(s)?.refusal).toBe('central:reason.slot-taken');
    expect(world.paidRequests).toHaveLength(0);
    s.send({ type: 'BACK' });
    await s.untilFlow('items.choosing');
    expect(world.asked.filter((a) => a.call === 'items')).toHaveLength(2);
    s.send({ type: 'ITEM.TOGGLED', itemId: 'slot-0800' });
    s.send({ type: 'ITEMS.CONFIRMED' });
    await s.untilFlow('review.confirming');
    s.send({ type: 'PAY.CONFIRMED' });
    await s.untilMain('takeCard');
    expect(world.paidRequests[0]).toMatchObject({ serviceId: 'appointment', itemIds: ['slot-0800'] });
  });
});

describe('document verification without a card', () => {
  it('given the attract screen, when VERIFY.START and a code is entered, then the central is asked with no holder and the answer shown; Done returns to attract', async () => {
    const world = makeWorld({ info: [{ labelKey: 'central:document.issued', labelValues: { kind: 'residency', number: 'CRT-2026-000901' }, statusKey: 'central:verdict.genuine' }] });
    const s = startSession(world, services);
    s.send({ type: 'VERIFY.START' });
    expect(s.mainState()).toBe('cardless');
    await s.untilFlow('form');
    s.send({ type: 'FIELD.CHANGED', name: 'code', value: 'MOI1.sim1.abc.def' });
    s.send({ type: 'FORM.SUBMITTED' });
    await s.untilFlow('info.showing');
    expect(world.asked).toEqual([{ call: 'info', fields: { code: 'MOI1.sim1.abc.def' } }]);
    expect(s.actor.getSnapshot().context.holder).toBeUndefined();
    s.send({ type: 'DONE' });
    await s.untilMain('attract');
  });

  it('given the scanner has failed, then VERIFY.START is refused and attract stays', () => {
    const s = startSession(makeWorld({ status: { isOnline: true, failedDevices: ['scanner'], isTakingPayments: true } }), services);
    s.send({ type: 'VERIFY.START' });
    expect(s.mainState()).toBe('attract');
  });
});

describe('company representatives: only what the company granted', () => {
  const company = { id: 'CO-5501', nameAr: 'شركة النور للتجارة', nameLatin: 'Al Noor Trading', permissions: ['exit-permit'], spendingCapMinor: 120_000 };
  const representative = { ...holderProfile, company };

  it('given a representative, then a service the company did not grant is refused from the menu and a granted one opens', async () => {
    const s = await openService(makeWorld({ profile: representative }), 'traffic-fines');
    expect(s.mainState()).toBe('signedIn.menu');
    s.send({ type: 'SERVICE.CHOSEN', serviceId: 'exit-permit' });
    await s.untilFlow('subject');
  });

  it('given the availability of each service for a representative, then the not-granted ones carry the reason; for anyone else nothing changes', () => {
    const status = { isOnline: true, failedDevices: [], isTakingPayments: true };
    const byId = (id: string) => services.find((d) => d.id === id)!;
    expect(holderServiceAvailability(byId('certificate'), status, representative)).toEqual({ isAvailable: false, reasonKey: notGrantedReasonKey });
    expect(holderServiceAvailability(byId('exit-permit'), status, representative)).toEqual({ isAvailable: true });
    expect(holderServiceAvailability(byId('certificate'), status, holderProfile)).toEqual({ isAvailable: true });
    expect(holderServiceAvailability(byId('exit-permit'), { ...status, failedDevices: ['payment'] }, representative)).toEqual({ isAvailable: false, reasonKey: 'screens:unavailable.device.payment' });
  });
});

describe('definitions of the new kinds', () => {
  it('refuses a card-less service that takes money and a document without the A4 printer, with the path of the error', () => {
    const { refused } = loadDefinitions([
      { id: 'bad-cardless', titleKey: 'x', audience: { relations: ['self'] }, steps: [{ kind: 'review' }, { kind: 'pay' }], offline: 'queue', devices: ['payment'], isCardless: true },
      { id: 'bad-document', titleKey: 'x', audience: { relations: ['self'] }, steps: [{ kind: 'review' }, { kind: 'pay' }], offline: 'queue', devices: ['payment'], document: { kind: 'certificate' } },
    ]);
    expect(refused).toEqual([
      { id: 'bad-cardless', path: 'isCardless', message: 'a service without a card can neither take money nor act for someone' },
      { id: 'bad-document', path: 'devices', message: 'a printed document needs the a4-printer device' },
    ]);
  });
});
