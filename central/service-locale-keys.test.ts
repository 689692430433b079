import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type i18n } from 'i18next';
import { addDays, isoDay } from './db/dates';
import { nextWeekday } from './rules/appointment-calendar';
import { dependants } from './seed/household';
import { cardHolders } from './seed/people';
import { seededDocumentCode } from './seed/seeded-documents';
import { travellers } from './seed/service-records';
import type { RunningCentral } from './server';
import { post, startTestCentral, testToday } from './test-support';

// Every label, line, status and reason the issue-8 services return has text in English and in
// Arabic, with every placeholder filled (nested $t included), and the Arabic is Arabic.
const root = join(import.meta.dirname, '..');
const load = (lang: string) => JSON.parse(readFileSync(join(root, 'locales', lang, 'central.json'), 'utf8')) as object;
const services = ['certificate', 'licence-renewal', 'licence-replacement', 'vehicle-registration', 'exit-permit', 'appointment'];
const today = isoDay(testToday);

/** Form values that let each service's quote get as far as it can. */
const fieldsFor: Record<string, Record<string, string>> = {
  certificate: { language: 'en', purpose: 'travel', addressee: 'Embassy' },
  'licence-replacement': { reason: 'damaged' },
  'exit-permit': { departure: addDays(today, 3), return: addDays(today, 10), destination: 'npl' },
  appointment: { department: 'residency', centre: 'lusail', date: nextWeekday(today, 2) },
};

type Text = { key: string; values: Record<string, string | number> };
let central: RunningCentral;
const returned: Text[] = [];

beforeAll(async () => {
  central = await startTestCentral();
  const holders = Object.values(cardHolders).map((h) => h.idNumber);
  const subjects = [...holders, ...Object.values(dependants).map((d) => d.idNumber), ...Object.values(travellers).map((t) => t.idNumber)];
  for (const holderId of [...holders, dependants.ramesh.idNumber, dependants.noura.idNumber, dependants.rafiq.idNumber]) {
    for (const serviceId of services) {
      for (const subjectId of subjects) {
        const fields = fieldsFor[serviceId] ?? {};
        const eligibility = (await post(central, `/v1/services/${serviceId}/eligibility`, { holderId, subjectId })).body;
        if (eligibility.eligible === false) returned.push({ key: eligibility.reason, values: {} });
        const items = (await post(central, `/v1/services/${serviceId}/items`, { holderId, subjectId, fields })).body;
        for (const item of items.items ?? []) returned.push({ key: item.labelKey, values: item.labelValues });
        for (const item of (items.items ?? []).slice(0, 3)) {
          const quote = (await post(central, `/v1/services/${serviceId}/quote`, { holderId, subjectId, itemIds: [item.id], fields })).body;
          for (const line of quote.lines ?? []) returned.push({ key: line.labelKey, values: line.labelValues });
          if (quote.error) returned.push({ key: quote.error.reason, values: {} });
        }
        const bare = (await post(central, `/v1/services/${serviceId}/quote`, { holderId, subjectId, itemIds: [], fields })).body;
        for (const line of bare.lines ?? []) returned.push({ key: line.labelKey, values: line.labelValues });
      }
    }
  }
  for (const code of [seededDocumentCode('CRT-2026-000901'), seededDocumentCode('CRT-2026-000902'), 'not a code']) {
    for (const row of (await post(central, '/v1/services/document-verification/info', { fields: { code } })).body.rows) returned.push({ key: row.labelKey, values: row.labelValues }, { key: row.statusKey, values: {} });
  }
  for (const serviceId of services) returned.push({ key: `central:request.${serviceId}`, values: { number: 'REQ-2026-000001', date: today, nameAr: 'نورة', nameLatin: 'Noura' } });
  returned.push({ key: 'central:verdict.unknown', values: {} }, { key: 'central:document.number', values: { number: 'CRT-2026-000001' } });
}, 120_000);
afterAll(() => central.close());

function instance(lng: string): i18n {
  const t = i18next.createInstance();
  void t.init({ lng, fallbackLng: false, resources: { [lng]: { central: load(lng) } }, ns: ['central'], interpolation: { escapeValue: false }, initAsync: false });
  return t;
}

describe.each(['en', 'ar'])('locales/%s/central.json for the certificate, licence, vehicle, travel and appointment services', (lng) => {
  it('has text for every key those services return, with every placeholder filled', () => {
    const t = instance(lng);
    const keys = new Set(returned.map((r) => r.key));
    for (const key of ['central:item.slot', 'central:line.appointment', 'central:line.exit-permit', 'central:item.vehicle-registration', 'central:verdict.genuine', 'central:verdict.revoked', 'central:verdict.not-ministry']) expect(keys).toContain(key);
    const problems = returned.flatMap(({ key, values }) => {
      const text = t.t(key, values);
      const missing = !t.exists(key, values) || text.includes('{{') || text.includes('$t(') || /central:|\b(reason|item|line|document|verdict|country|centre|department|vehicle-type)\.[a-z]/.test(text);
      const notArabic = lng === 'ar' && !/[\u0600-\u06ff]/.test(text);
      return missing || notArabic ? [`${key} -> ${text}`] : [];
    });
    expect(problems).toEqual([]);
  });
});
