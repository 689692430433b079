import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardHolders as h } from '../seed/people';
import { dependants as d } from '../seed/household';
import { post, startTestCentral } from '../test-support';
import type { RunningCentral } from '../server';

// Every rule has a seeded person who passes and one who fails (central/seed/README.md).
let central: RunningCentral;
beforeAll(async () => {
  central = await startTestCentral();
});
afterAll(() => central.close());

const eligibility = (serviceId: string, holderId: string, subjectId: string, fields?: Record<string, string>) =>
  post(central, `/v1/services/${serviceId}/eligibility`, { holderId, subjectId, ...(fields ? { fields } : {}) }).then((r) => r.body);

describe('profile', () => {
  it('given a sponsor, then the profile lists them first and then spouse, children, parent and domestic workers', async () => {
    const { status, body } = await post(central, '/v1/profile', { holderId: h.resident.idNumber });
    expect(status).toBe(200);
    expect(body.people.map((p: { relation: string }) => p.relation)).toEqual(['self', 'spouse', 'child', 'child', 'parent', 'domestic-worker', 'domestic-worker']);
    expect(body.company).toBeUndefined();
  });

  it('given a company representative, then the profile carries the company, its permissions, its cap and its employees', async () => {
    const { body } = await post(central, '/v1/profile', { holderId: h.representative.idNumber });
    expect(body.company).toMatchObject({ id: 'CO-5501', permissions: ['residence-renewal', 'traffic-fines', 'exit-permit'], spendingCapMinor: 120000 });
    expect(body.people.filter((p: { relation: string }) => p.relation === 'employee').map((p: { idNumber: string }) => p.idNumber)).toEqual([d.rafiq.idNumber, d.jose.idNumber]);
  });

  it('given an unknown or malformed ID number, then 404 with a reason key, or 400', async () => {
    expect(await post(central, '/v1/profile', { holderId: '29999999999' })).toEqual({ status: 404, body: { error: { reason: 'central:reason.unknown-person' } } });
    expect((await post(central, '/v1/profile', { holderId: '123' })).status).toBe(400);
  });
});

describe.each([
  // service, holder, subject, fields, expected reason (undefined: eligible)
  ['traffic-fines', h.resident, h.resident.idNumber, undefined, undefined],
  ['traffic-fines', h.sponsor, h.sponsor.idNumber, undefined, 'no-violations'],
  ['traffic-fines', h.resident, d.ramesh.idNumber, undefined, undefined],
  ['traffic-fines', h.resident, d.hamad.idNumber, undefined, 'not-your-dependant'],
  ['traffic-fines', h.resident, h.resident.idNumber, { plate: '123456' }, undefined],
  ['traffic-fines', h.resident, h.resident.idNumber, { plate: '777777' }, 'plate-not-yours'],
  ['traffic-fines', h.resident, h.resident.idNumber, { plate: '999999' }, 'plate-not-found'],
  ['traffic-fines', h.resident, h.resident.idNumber, { plate: 'ABC' }, 'plate-invalid'],
  ['traffic-fines', h.representative, h.representative.idNumber, { plate: '654321' }, undefined],
  ['traffic-fines', h.sponsor, h.sponsor.idNumber, { plate: '654321' }, 'plate-not-yours'],
  ['residence-renewal', h.resident, d.noura.idNumber, undefined, undefined],
  ['residence-renewal', h.resident, d.maria.idNumber, undefined, undefined],
  ['residence-renewal', h.representative, h.representative.idNumber, undefined, undefined],
  ['residence-renewal', h.representative, d.rafiq.idNumber, undefined, undefined],
  ['residence-renewal', h.sponsor, d.hamad.idNumber, undefined, undefined],
  ['residence-renewal', h.resident, h.resident.idNumber, undefined, 'no-residence-permit'],
  ['residence-renewal', h.resident, d.omar.idNumber, undefined, 'permit-not-due'],
  ['residence-renewal', h.representative, d.jose.idNumber, undefined, 'permit-not-due'],
  ['residence-renewal', h.resident, d.samira.idNumber, undefined, 'security-restriction'],
  ['residence-renewal', h.resident, d.ramesh.idNumber, undefined, 'unpaid-violations'],
  ['residence-renewal', h.resident, d.layla.idNumber, undefined, 'no-health-insurance'],
  ['residence-renewal', h.sponsor, d.john.idNumber, undefined, 'visitor-not-resident'],
  ['residence-renewal', h.resident, d.hamad.idNumber, undefined, 'not-your-dependant'],
  ['visa-extension', h.sponsor, d.john.idNumber, undefined, undefined],
  ['visa-extension', h.sponsor, d.mona.idNumber, undefined, 'visa-max-stay'],
  ['visa-extension', h.sponsor, d.chen.idNumber, undefined, 'no-health-insurance'],
  ['visa-extension', h.sponsor, d.hamad.idNumber, undefined, 'not-a-visitor'],
  ['visa-extension', h.resident, d.john.idNumber, undefined, 'not-your-dependant'],
  ['my-requests', h.sponsor, h.sponsor.idNumber, undefined, undefined],
] as const)('eligibility for %s', (serviceId, holder, subjectId, fields, reason) => {
  it(`given ${holder.nameLatin} asking for ${subjectId}${fields ? ` with ${JSON.stringify(fields)}` : ''}, then ${reason ?? 'eligible'}`, async () => {
    expect(await eligibility(serviceId, holder.idNumber, subjectId, fields)).toEqual(reason ? { eligible: false, reason: `central:reason.${reason}` } : { eligible: true });
  });
});

describe('items and quotes', () => {
  it('given traffic violations by plate, then each item names date, place, plate and offence, all preselected', async () => {
    const { body } = await post(central, '/v1/services/traffic-fines/items', { holderId: h.representative.idNumber, subjectId: h.representative.idNumber, fields: { plate: '654321' } });
    expect(body.items).toEqual([
      { id: 'V-1006', labelKey: 'central:item.violation', labelValues: { date: '2026-02-02', place: 'al-shamal-road', plate: '654321', offence: 'speeding' }, amountMinor: 50000, preselected: true },
      { id: 'V-1007', labelKey: 'central:item.violation', labelValues: { date: '2026-02-26', place: 'salwa-road', plate: '654321', offence: 'seatbelt' }, amountMinor: 50000, preselected: true },
    ]);
  });

  it('given a renewal by post for two years, then the quote is the fee per year times two plus delivery, with a version', async () => {
    const { body } = await post(central, '/v1/services/residence-renewal/quote', {
      holderId: h.resident.idNumber, subjectId: d.noura.idNumber, itemIds: ['term-2'], fields: { delivery: 'post', address: 'Building 12, Street 340, Doha', phone: '55123456' },
    });
    expect(body).toMatchObject({ version: 1, amountMinor: 103000, currency: 'QAR', lines: [{ labelKey: 'central:line.permit-renewal', labelValues: { years: 2 }, amountMinor: 100000 }, { labelKey: 'central:line.delivery-post', amountMinor: 3000 }] });
  });

  it.each([
    [{ delivery: 'drone' }, 'delivery-required'],
    [{ delivery: 'post', phone: '55123456' }, 'address-required'],
    [{ delivery: 'post', address: 'Building 12, Doha', phone: '12' }, 'phone-invalid'],
  ])('given renewal fields %j, then the quote is refused with %s', async (fields, reason) => {
    const answer = await post(central, '/v1/services/residence-renewal/quote', { holderId: h.resident.idNumber, subjectId: d.noura.idNumber, itemIds: ['term-1'], fields });
    expect(answer).toEqual({ status: 422, body: { error: { reason: `central:reason.${reason}` } } });
  });

  it('given an employee renewal, then one or two years fit the company spending cap and three do not', async () => {
    const quote = (term: string) => post(central, '/v1/services/residence-renewal/quote', { holderId: h.representative.idNumber, subjectId: d.rafiq.idNumber, itemIds: [term], fields: { delivery: 'collect' } });
    expect((await quote('term-2')).status).toBe(200);
    expect(await quote('term-3')).toEqual({ status: 422, body: { error: { reason: 'central:reason.over-spending-cap' } } });
  });

  it('given a visitor with 90 days before the maximum stay, then one to three months are offered at the monthly fee', async () => {
    const { body } = await post(central, '/v1/services/visa-extension/items', { holderId: h.sponsor.idNumber, subjectId: d.john.idNumber });
    expect(body.items.map((i: { id: string; amountMinor: number }) => [i.id, i.amountMinor])).toEqual([['months-1', 20000], ['months-2', 40000], ['months-3', 60000]]);
  });

  it('given a person who is not eligible, then items are refused with the eligibility reason', async () => {
    expect(await post(central, '/v1/services/residence-renewal/items', { holderId: h.resident.idNumber, subjectId: d.omar.idNumber })).toEqual({ status: 422, body: { error: { reason: 'central:reason.permit-not-due' } } });
  });
});

describe('my requests', () => {
  it('given a sponsor, then the rows list their dependants requests newest first with status keys, rejected ones with their reason', async () => {
    const { body } = await post(central, '/v1/services/my-requests/info', { holderId: h.sponsor.idNumber });
    expect(body.rows.map((r: { statusKey: string }) => r.statusKey)).toEqual(['central:status.submitted', 'central:status.in-progress', 'central:status.rejected.documents-missing', 'central:status.approved']);
    expect(body.rows[0]).toEqual({ labelKey: 'central:request.visa-extension', labelValues: { number: 'REQ-2026-000204', date: '2026-03-03', nameAr: 'تشن وي', nameLatin: 'Chen Wei' }, statusKey: 'central:status.submitted' });
  });

  it('given a resident without requests, then the list is empty', async () => {
    expect((await post(central, '/v1/services/my-requests/info', { holderId: h.blocked.idNumber })).body).toEqual({ rows: [] });
  });

  it('given a service without a read-only list, then info is 404', async () => {
    expect((await post(central, '/v1/services/traffic-fines/info', { holderId: h.sponsor.idNumber })).status).toBe(404);
  });
});
