import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WireTransaction } from '../../electron/central-client/wire';
import { verifyDocumentCode } from '../../electron/documents/verification-code';
import { addDays, isoDay } from '../db/dates';
import { dependants as d } from '../seed/household';
import { cardHolders as h } from '../seed/people';
import { codeOf, seededDocumentCode, simulatorSigningKey } from '../seed/seeded-documents';
import { travellers as t } from '../seed/service-records';
import type { RunningCentral } from '../server';
import { post, startTestCentral, tempCentralPath, testToday } from '../test-support';
import { openCentralDb } from '../db/open-central-db';
import { ok } from '../../hardware/result';
import { nextWeekday } from './appointment-calendar';
import { delegated } from './company-delegation';
import type { RuleContext, ServiceRules } from './rule-types';

// What submitting a paid (or free) request does for the issue-8 services: certificates are
// issued and can be verified, bookings and permits are taken once, grants are checked again.
let central: RunningCentral;
beforeAll(async () => {
  central = await startTestCentral();
});
afterAll(() => central.close());

const today = isoDay(testToday);
let seq = 0;

type Work = { holderId: string; subjectId: string; itemIds: string[]; fields: Record<string, string> };

async function quoteAndSubmit(serviceId: string, work: Work, between?: () => Promise<unknown> | void) {
  const quote = await post(central, `/v1/services/${serviceId}/quote`, work);
  if (quote.status !== 200) return { quote, answer: undefined };
  await between?.();
  seq += 1;
  const tx: WireTransaction = {
    key: randomUUID(), seq, reference: `2026-${String(seq).padStart(6, '0')}`, serviceId, holderId: work.holderId, subjectId: work.subjectId,
    quoteId: quote.body.quoteId, quoteVersion: quote.body.version, amountMinor: quote.body.amountMinor, currency: 'QAR', payload: { itemIds: work.itemIds, fields: work.fields },
    payment: { paymentRef: `PAY-${seq}`, authCode: 'A1' }, paidAt: `${today}T10:00:00Z`,
  };
  const answer = (await post(central, '/v1/transactions/batch', { transactions: [tx] })).body.results[0];
  return { quote, answer };
}

const verify = (code: string) => post(central, '/v1/services/document-verification/info', { fields: { code } }).then((r) => r.body.rows);

describe('certificate: submitting issues the document', () => {
  it('given a paid residency certificate, then its number is the request id, the kiosk can fetch what it states, and its code verifies as genuine', async () => {
    const { answer } = await quoteAndSubmit('certificate', { holderId: h.resident.idNumber, subjectId: d.noura.idNumber, itemIds: ['residency'], fields: { language: 'ar' } });
    expect(answer).toMatchObject({ outcome: 'stored', requestId: expect.stringMatching(/^CRT-2026-\d{6}$/) });
    const { status, body } = await post(central, '/v1/services/certificate/document', { holderId: h.resident.idNumber, documentId: answer.requestId });
    expect(status).toBe(200);
    expect(body.document).toMatchObject({ documentId: answer.requestId, kind: 'residency', language: 'ar', issueDate: today, validUntil: addDays(today, 90), holder: { idNumber: d.noura.idNumber, nationality: 'JOR' }, residentSince: addDays(today, -3000), permitExpiry: addDays(today, 20) });
    expect(verifyDocumentCode(body.document.verificationCode, [simulatorSigningKey])).toMatchObject({ kind: 'signed', claims: { documentId: answer.requestId, kind: 'residency' } });
    expect((await verify(body.document.verificationCode))[0]).toMatchObject({ labelKey: 'central:document.issued', labelValues: { number: answer.requestId }, statusKey: 'central:verdict.genuine' });
  });

  it('given someone else asking for that document, then 404', async () => {
    const { answer } = await quoteAndSubmit('certificate', { holderId: h.sponsor.idNumber, subjectId: d.hamad.idNumber, itemIds: ['traffic-clearance'], fields: { language: 'en' } });
    expect(await post(central, '/v1/services/certificate/document', { holderId: h.resident.idNumber, documentId: answer.requestId })).toEqual({ status: 404, body: { error: { reason: 'central:reason.document-unknown' } } });
  });
});

describe('document verification (no card holder needed)', () => {
  it('given the seeded genuine certificate, then genuine, with what it states', async () => {
    expect(await verify(seededDocumentCode('CRT-2026-000901'))).toEqual([
      { labelKey: 'central:document.issued', labelValues: { kind: 'residency', number: 'CRT-2026-000901' }, statusKey: 'central:verdict.genuine' },
      { labelKey: 'central:document.holder', labelValues: { nameAr: d.noura.nameAr, nameLatin: d.noura.nameLatin }, statusKey: 'central:verdict.as-printed' },
      { labelKey: 'central:document.dates', labelValues: { issueDate: '2026-09-14', validUntil: '2026-12-13' }, statusKey: 'central:verdict.as-printed' },
    ]);
  });

  it('given the revoked one, then revoked with the date', async () => {
    const rows = await verify(seededDocumentCode('CRT-2026-000902'));
    expect(rows.map((r: { statusKey: string }) => r.statusKey)).toEqual(['central:verdict.revoked', 'central:verdict.as-printed', 'central:verdict.as-printed', 'central:verdict.revoked']);
    expect(rows.at(-1)).toMatchObject({ labelKey: 'central:document.revoked-on', labelValues: { date: '2026-08-20' } });
  });

  it('given a code signed by us for a number never issued, then unknown; forged, garbage or empty, then not a ministry document', async () => {
    expect(await verify(codeOf({ documentId: 'CRT-2026-999999', kind: 'residency', holder: d.noura.idNumber, issueDate: '2026-09-14' }))).toEqual([
      { labelKey: 'central:document.number', labelValues: { number: 'CRT-2026-999999' }, statusKey: 'central:verdict.unknown' },
    ]);
    const forged = codeOf({ documentId: 'CRT-2026-000901', kind: 'residency', holder: d.noura.idNumber, issueDate: '2026-09-14' }, { id: 'sim1', secret: new TextEncoder().encode('guessed') });
    for (const code of [forged, 'hello', '', 'MOI1.sim1.%%%.x', 'x'.repeat(190)]) {
      expect(await verify(code)).toEqual([{ labelKey: 'central:document.scanned', labelValues: {}, statusKey: 'central:verdict.not-ministry' }]);
    }
  });

  it('given a read-only service that needs a holder, then asking without one is a bad request', async () => {
    expect((await post(central, '/v1/services/my-requests/info', {})).status).toBe(400);
  });
});

describe('bookings and permits are taken once', () => {
  it('given a slot booked by someone else between the quote and the submission, then the submission is refused as slot-taken', async () => {
    const fields = { department: 'traffic', centre: 'al-rayyan', date: nextWeekday(today, 6) };
    const other = () => quoteAndSubmit('appointment', { holderId: h.resident.idNumber, subjectId: h.resident.idNumber, itemIds: ['slot-0900'], fields });
    const { answer } = await quoteAndSubmit('appointment', { holderId: h.sponsor.idNumber, subjectId: h.sponsor.idNumber, itemIds: ['slot-0900'], fields }, async () => {
      expect((await other()).answer).toMatchObject({ outcome: 'stored', requestId: expect.stringMatching(/^REQ-2026-\d{6}$/) });
    });
    expect(answer).toMatchObject({ outcome: 'refused', status: 422, reason: 'central:reason.slot-taken' });
    expect(await post(central, '/v1/services/appointment/quote', { holderId: h.sponsor.idNumber, subjectId: h.sponsor.idNumber, itemIds: ['slot-0900'], fields })).toEqual({ status: 422, body: { error: { reason: 'central:reason.slot-taken' } } });
  });

  it('given an exit permit submitted, then a second one for overlapping days is refused', async () => {
    const work = { holderId: h.sponsor.idNumber, subjectId: t.grace.idNumber, itemIds: [], fields: { departure: addDays(today, 5), return: addDays(today, 20), destination: 'ken' } };
    expect((await quoteAndSubmit('exit-permit', work)).answer).toMatchObject({ outcome: 'stored' });
    expect((await quoteAndSubmit('exit-permit', { ...work, fields: { ...work.fields, departure: addDays(today, 15), return: addDays(today, 25) } })).quote).toEqual({ status: 422, body: { error: { reason: 'central:reason.exit-permit-exists' } } });
  });

  it('given a licence renewed, then a second renewal is refused as not due', async () => {
    const work = { holderId: h.resident.idNumber, subjectId: h.resident.idNumber, itemIds: ['years-1'], fields: {} };
    expect((await quoteAndSubmit('licence-renewal', work)).answer).toMatchObject({ outcome: 'stored' });
    expect((await post(central, '/v1/services/licence-renewal/eligibility', work)).body).toEqual({ eligible: false, reason: 'central:reason.licence-not-due' });
  });
});

describe('company representative: grants checked at eligibility and again at submit', () => {
  const work = { holderId: h.representative.idNumber, subjectId: d.jose.idNumber, itemIds: [], fields: { departure: addDays(today, 3), return: addDays(today, 10), destination: 'phl' } };

  it('given a permission revoked after the quote, then the submission is refused and the next eligibility check says why', async () => {
    const { answer } = await quoteAndSubmit('exit-permit', work, () => expect(central.control.revokePermission(h.representative.idNumber, 'exit-permit')).toBe(true));
    expect(answer).toMatchObject({ outcome: 'refused', status: 422, reason: 'central:reason.no-company-permission' });
    expect((await post(central, '/v1/services/exit-permit/eligibility', work)).body).toEqual({ eligible: false, reason: 'central:reason.no-company-permission' });
    expect((await post(central, '/v1/profile', { holderId: h.representative.idNumber })).body.company.permissions).toEqual(['residence-renewal', 'traffic-fines']);
  });

  it('given a delegated service priced above the company cap for an employee, then the quote and the submission are refused with the reason', () => {
    const db = openCentralDb(tempCentralPath(), { today: testToday, currency: { code: 'QAR', minorUnits: 2 } });
    const ctx: RuleContext = { db, today, currency: { code: 'QAR', minorUnits: 2 } };
    const priced = (amountMinor: number): ServiceRules => ({
      eligibility: () => ({ eligible: true }),
      items: () => ok([]),
      quote: () => ok([{ labelKey: 'central:line.exit-permit', labelValues: {}, amountMinor }]),
      apply: () => ok('REQ-2026-000999'),
    });
    const forJose = { holderId: h.representative.idNumber, subjectId: d.jose.idNumber, itemIds: [], fields: {} };
    const overCap = delegated('exit-permit', priced(120_001));
    expect(overCap.quote(ctx, forJose)).toEqual({ ok: false, error: { status: 422, reason: 'central:reason.over-spending-cap' } });
    expect(overCap.apply(ctx, forJose)).toEqual({ ok: false, error: { status: 422, reason: 'central:reason.over-spending-cap' } });
    expect(delegated('exit-permit', priced(120_000)).apply(ctx, forJose)).toEqual({ ok: true, value: 'REQ-2026-000999' });
    // The cap is the company's: the representative's own requests are theirs to pay.
    expect(overCap.quote(ctx, { ...forJose, subjectId: h.representative.idNumber }).ok).toBe(true);
    db.close();
  });
});
