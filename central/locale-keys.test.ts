import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type i18n } from 'i18next';
import { dependants } from './seed/household';
import { cardHolders } from './seed/people';
import { rejectionReasons } from './seed/records';
import type { RunningCentral } from './server';
import { post, startTestCentral } from './test-support';

// Every key the central can return has text in English and in Arabic, renders without
// leftover placeholders, and the Arabic is Arabic.
const root = join(import.meta.dirname, '..');
const load = (lang: string) => JSON.parse(readFileSync(join(root, 'locales', lang, 'central.json'), 'utf8')) as object;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []));
}

/** Reason keys written in the code, literally or through reason('x') / ineligible('x'). */
function reasonKeysInCode(): string[] {
  const text = [...sourceFiles(join(root, 'central')), ...sourceFiles(join(root, 'electron/central-client'))].map((f) => readFileSync(f, 'utf8')).join('\n');
  const literal = [...text.matchAll(/central:reason\.([a-z-]+)/g)].map((m) => m[1]!);
  const built = [...text.matchAll(/(?:reason|ineligible)\('([a-z-]+)'\)/g)].map((m) => m[1]!);
  return [...new Set([...literal, ...built])].map((name) => `central:reason.${name}`);
}

type Text = { key: string; values: Record<string, string | number> };
let central: RunningCentral;
const returned: Text[] = [];

beforeAll(async () => {
  central = await startTestCentral();
  const holders = Object.values(cardHolders).map((h) => h.idNumber);
  const subjects = [...holders, ...Object.values(dependants).map((d) => d.idNumber)];
  for (const holderId of holders) {
    for (const serviceId of ['traffic-fines', 'residence-renewal', 'visa-extension', 'my-requests']) {
      for (const subjectId of subjects) {
        const eligibility = (await post(central, `/v1/services/${serviceId}/eligibility`, { holderId, subjectId })).body;
        if (!eligibility.eligible) returned.push({ key: eligibility.reason, values: {} });
        const items = (await post(central, `/v1/services/${serviceId}/items`, { holderId, subjectId })).body;
        for (const item of items.items ?? []) returned.push({ key: item.labelKey, values: item.labelValues });
        const ids = (items.items ?? []).map((i: { id: string }) => i.id).slice(0, serviceId === 'traffic-fines' ? 5 : 1);
        const quote = (await post(central, `/v1/services/${serviceId}/quote`, { holderId, subjectId, itemIds: ids, fields: { delivery: 'post', address: 'Street 1, Doha', phone: '55123456' } })).body;
        for (const line of quote.lines ?? []) returned.push({ key: line.labelKey, values: line.labelValues });
      }
    }
    const info = (await post(central, '/v1/services/my-requests/info', { holderId })).body;
    for (const row of info.rows) returned.push({ key: row.labelKey, values: row.labelValues }, { key: row.statusKey, values: {} });
  }
  returned.push({ key: 'central:line.delivery-collect', values: {} });
  for (const status of ['submitted', 'in-progress', 'approved', 'card-posted', 'paid']) returned.push({ key: `central:status.${status}`, values: {} });
  for (const why of [...rejectionReasons, 'other']) returned.push({ key: `central:status.rejected.${why}`, values: {} });
  for (const key of reasonKeysInCode()) returned.push({ key, values: {} });
}, 60_000);
afterAll(() => central.close());

function instance(lng: string): i18n {
  const t = i18next.createInstance();
  void t.init({ lng, fallbackLng: false, resources: { [lng]: { central: load(lng) } }, ns: ['central'], interpolation: { escapeValue: false }, initAsync: false });
  return t;
}

describe.each(['en', 'ar'])('locales/%s/central.json', (lng) => {
  it('has text for every key the central returns, with every placeholder filled', () => {
    const t = instance(lng);
    expect(returned.length).toBeGreaterThan(60);
    const problems = returned.flatMap(({ key, values }) => {
      const text = t.t(key, values);
      const missing = !t.exists(key, values) || text === key.replace(/^central:/, '') || text.includes('{{') || text.includes('$t(') || /central:|\b(offence|place|reason|status|item|line|request)\.[a-z]/.test(text);
      const notArabic = lng === 'ar' && !/[\u0600-\u06ff]/.test(text);
      return missing || notArabic ? [`${key} -> ${text}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('says a plural the way the language does', () => {
    const t = instance(lng);
    const two = t.t('central:item.permit-term', { years: 2, count: 2 });
    expect(two).toBe(lng === 'ar' ? 'تجديد لمدة سنتين' : 'Renew for 2 years');
  });
});
