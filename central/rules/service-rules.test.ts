import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isoDay } from '../db/dates';
import { dependants as d } from '../seed/household';
import { cardHolders as h } from '../seed/people';
import { travellers as t } from '../seed/service-records';
import { post, startTestCentral, testToday } from '../test-support';
import type { RunningCentral } from '../server';
import { nextWeekday } from './appointment-calendar';

// Every rule of the licence, vehicle, travel, appointment and certificate services has a seeded
// person who passes and one who fails (central/seed/README.md, "Issue 8 services").
let central: RunningCentral;
beforeAll(async () => {
  central = await startTestCentral();
});
afterAll(() => central.close());

const today = isoDay(testToday);
const inDays = (n: number) => addDays(today, n);
const call = (serviceId: string, action: string, body: object) => post(central, `/v1/services/${serviceId}/${action}`, body);
const refusal = (reason: string) => ({ status: 422, body: { error: { reason: `central:reason.${reason}` } } });

describe.each([
  // service, holder, subject, expected reason (undefined: eligible)
  ['certificate', h.resident, d.noura.idNumber, undefined],
  ['certificate', h.resident, d.samira.idNumber, 'security-restriction'],
  ['certificate', h.resident, d.hamad.idNumber, 'not-your-dependant'],
  ['certificate', h.sponsor, d.john.idNumber, 'not-your-dependant'],
  ['licence-renewal', h.resident, h.resident.idNumber, undefined],
  ['licence-renewal', h.resident, d.noura.idNumber, 'only-for-yourself'],
  ['licence-renewal', h.expired, h.expired.idNumber, 'no-licence'],
  ['licence-renewal', d.rafiq, d.rafiq.idNumber, 'licence-suspended'],
  ['licence-renewal', h.representative, h.representative.idNumber, 'licence-not-due'],
  ['licence-renewal', h.technician, h.technician.idNumber, 'licence-expired-too-long'],
  ['licence-renewal', h.sponsor, h.sponsor.idNumber, 'eye-test-required'],
  ['licence-renewal', h.blocked, h.blocked.idNumber, 'eye-test-failed'],
  ['licence-renewal', d.ramesh, d.ramesh.idNumber, 'unpaid-violations'],
  ['licence-replacement', h.resident, h.resident.idNumber, undefined],
  ['licence-replacement', h.expired, h.expired.idNumber, 'no-licence'],
  ['licence-replacement', d.rafiq, d.rafiq.idNumber, 'licence-suspended'],
  ['licence-replacement', h.sponsor, h.sponsor.idNumber, 'licence-expired'],
  ['vehicle-registration', h.resident, h.resident.idNumber, undefined],
  ['vehicle-registration', h.representative, h.representative.idNumber, 'no-vehicle'],
  ['vehicle-registration', h.blocked, h.blocked.idNumber, 'no-vehicle-due'],
  ['vehicle-registration', d.noura, d.noura.idNumber, 'vehicle-inspection-expired'],
  ['vehicle-registration', h.sponsor, h.sponsor.idNumber, 'vehicle-insurance-expired'],
  ['exit-permit', h.sponsor, t.grace.idNumber, undefined],
  ['exit-permit', h.representative, d.jose.idNumber, undefined],
  ['exit-permit', h.resident, d.noura.idNumber, 'not-a-domestic-worker'],
  ['exit-permit', h.resident, d.maria.idNumber, 'permit-expired'],
  ['exit-permit', h.representative, d.rafiq.idNumber, 'permit-expired'],
  ['exit-permit', h.sponsor, t.sita.idNumber, 'security-restriction'],
  ['exit-permit', h.resident, t.grace.idNumber, 'not-your-dependant'],
  ['appointment', h.sponsor, h.sponsor.idNumber, undefined],
  ['appointment', h.blocked, h.blocked.idNumber, 'too-many-appointments'],
  ['appointment', h.sponsor, d.hamad.idNumber, 'only-for-yourself'],
  ['document-verification', h.sponsor, h.sponsor.idNumber, undefined],
] as const)('eligibility for %s', (serviceId, holder, subjectId, reason) => {
  it(`given ${holder.nameLatin} asking for ${subjectId}, then ${reason ?? 'eligible'}`, async () => {
    const { body } = await call(serviceId, 'eligibility', { holderId: holder.idNumber, subjectId });
    expect(body).toEqual(reason ? { eligible: false, reason: `central:reason.${reason}` } : { eligible: true });
  });
});

describe('certificate: kinds, language and what each kind needs', () => {
  const quote = (subjectId: string, itemIds: string[], fields: Record<string, string>, holderId: string = h.resident.idNumber) => call('certificate', 'quote', { holderId, subjectId, itemIds, fields });

  it('given an eligible person, then the three kinds are offered at their fees', async () => {
    const { body } = await call('certificate', 'items', { holderId: h.resident.idNumber, subjectId: d.noura.idNumber });
    expect(body.items.map((i: { id: string; amountMinor: number }) => [i.id, i.amountMinor])).toEqual([['residency', 5000], ['no-objection', 10000], ['traffic-clearance', 3000]]);
  });

  it.each([
    [d.noura.idNumber, ['residency'], { language: 'en' }, undefined],
    [h.resident.idNumber, ['residency'], { language: 'en' }, 'no-residence-permit'],
    [d.maria.idNumber, ['residency'], { language: 'ar' }, 'permit-expired'],
    [d.noura.idNumber, ['no-objection'], { language: 'en', purpose: 'bank-account', addressee: 'Doha Bank' }, undefined],
    [d.noura.idNumber, ['no-objection'], { language: 'en' }, 'noc-details-required'],
    [d.noura.idNumber, ['traffic-clearance'], { language: 'ar' }, 'unpaid-violations'],
    [d.noura.idNumber, ['residency'], {}, 'language-required'],
    [d.noura.idNumber, ['residency', 'traffic-clearance'], { language: 'en' }, 'choose-one-certificate'],
  ])('given %s asking for %j with %j, then %s', async (subjectId, itemIds, fields, reason) => {
    const answer = await quote(subjectId, itemIds, fields);
    if (reason) expect(answer).toEqual(refusal(reason));
    else expect(answer.status).toBe(200);
  });

  it('given a child without violations or vehicles, then a traffic clearance is quoted', async () => {
    expect((await quote(d.hamad.idNumber, ['traffic-clearance'], { language: 'ar' }, h.sponsor.idNumber)).body.amountMinor).toBe(3000);
  });
});

describe('licences: terms and replacement fees', () => {
  it('given a licence due, then 1, 3 and 5 years are offered at 50 QAR a year', async () => {
    const { body } = await call('licence-renewal', 'items', { holderId: h.resident.idNumber, subjectId: h.resident.idNumber });
    expect(body.items.map((i: { id: string; amountMinor: number }) => [i.id, i.amountMinor])).toEqual([['years-1', 5000], ['years-3', 15000], ['years-5', 25000]]);
  });

  it.each([
    [{ reason: 'lost' }, 15000],
    [{ reason: 'damaged' }, 10000],
  ])('given a replacement %j, then the fee is %i', async (fields, amountMinor) => {
    const { body } = await call('licence-replacement', 'quote', { holderId: h.resident.idNumber, subjectId: h.resident.idNumber, itemIds: [], fields });
    expect(body.amountMinor).toBe(amountMinor);
  });

  it('given no reason, then the replacement is refused', async () => {
    expect(await call('licence-replacement', 'quote', { holderId: h.resident.idNumber, subjectId: h.resident.idNumber, itemIds: [], fields: {} })).toEqual(refusal('replacement-reason-required'));
  });
});

describe('vehicle registration: only roadworthy vehicles due, fee by type', () => {
  it('given a resident with three vehicles due, then the car and the motorcycle are offered and the one without inspection is not', async () => {
    const { body } = await call('vehicle-registration', 'items', { holderId: h.resident.idNumber, subjectId: h.resident.idNumber });
    expect(body.items.map((i: { id: string; amountMinor: number }) => [i.id, i.amountMinor])).toEqual([['plate-123456', 10000], ['plate-345678', 5000]]);
    expect(await call('vehicle-registration', 'quote', { holderId: h.resident.idNumber, subjectId: h.resident.idNumber, itemIds: ['plate-234567'], fields: {} })).toEqual(refusal('item-unknown'));
  });
});

describe('exit permit: dates and destination', () => {
  const quote = (fields: Record<string, string>, subjectId: string = t.grace.idNumber, holderId: string = h.sponsor.idNumber) => call('exit-permit', 'quote', { holderId, subjectId, itemIds: [], fields });

  it.each([
    [{ departure: inDays(10), return: inDays(40), destination: 'ken' }, undefined],
    [{ departure: inDays(-1), return: inDays(40), destination: 'ken' }, 'departure-date-invalid'],
    [{ departure: inDays(61), return: inDays(70), destination: 'ken' }, 'departure-date-invalid'],
    [{ departure: inDays(10), return: inDays(10), destination: 'ken' }, 'return-before-departure'],
    [{ departure: inDays(1), return: inDays(92), destination: 'ken' }, 'trip-too-long'],
    [{ departure: inDays(10), return: inDays(40), destination: 'mars' }, 'destination-required'],
  ])('given %j, then %s', async (fields, reason) => {
    const answer = await quote(fields);
    if (reason) expect(answer).toEqual(refusal(reason));
    else expect(answer.body).toMatchObject({ amountMinor: 0, lines: [{ labelKey: 'central:line.exit-permit', labelValues: { destination: 'ken' } }] });
  });

  it('given a worker whose permit ends in 15 days, then a return after that is refused', async () => {
    expect(await quote({ departure: inDays(2), return: inDays(30), destination: 'ind' }, d.ramesh.idNumber, h.resident.idNumber)).toEqual(refusal('return-after-permit-expiry'));
  });
});

describe('appointments: form, free slots, one booking per slot', () => {
  const day = nextWeekday(today, 2);
  const at = (fields: Record<string, string>, holder: { idNumber: string } = h.sponsor) => call('appointment', 'items', { holderId: holder.idNumber, subjectId: holder.idNumber, fields });

  it('given a working day with one slot booked, then the other ten are listed, free of charge', async () => {
    const { body } = await at({ department: 'residency', centre: 'lusail', date: day });
    expect(body.items).toHaveLength(10);
    expect(body.items[0]).toEqual({ id: 'slot-0800', labelKey: 'central:item.slot', labelValues: { time: '08:00', date: day }, amountMinor: 0 });
  });

  it.each([
    [{ centre: 'lusail', date: nextWeekday(today, 1) }, 'department-required'],
    [{ department: 'traffic', date: nextWeekday(today, 1) }, 'centre-required'],
    [{ department: 'traffic', centre: 'lusail', date: today }, 'date-out-of-range'],
    [{ department: 'traffic', centre: 'lusail', date: inDays(31) }, 'date-out-of-range'],
    [{ department: 'traffic', centre: 'lusail', date: '2026-03-06' }, 'centre-closed'],
    [{ department: 'nationality', centre: 'lusail', date: nextWeekday(today, 1) }, 'department-not-at-centre'],
    [{ department: 'traffic', centre: 'al-wakra', date: nextWeekday(today, 5) }, 'no-free-slots'],
  ])('given %j, then %s', async (fields, reason) => {
    expect(await at(fields)).toEqual(refusal(reason));
  });

  it('given a person with an upcoming appointment in that department, then another is refused', async () => {
    expect(await at({ department: 'residency', centre: 'al-rayyan', date: nextWeekday(today, 3) }, d.omar)).toEqual(refusal('appointment-exists'));
  });

  it('given a slot already booked, then its quote is refused as taken; a free one is quoted at zero', async () => {
    const quote = (slot: string) => call('appointment', 'quote', { holderId: h.sponsor.idNumber, subjectId: h.sponsor.idNumber, itemIds: [slot], fields: { department: 'residency', centre: 'lusail', date: day } });
    expect(await quote('slot-0730')).toEqual(refusal('slot-taken'));
    expect((await quote('slot-0800')).body).toMatchObject({ amountMinor: 0, lines: [{ labelKey: 'central:line.appointment' }] });
  });
});
