import { describe, expect, it } from 'vitest';
import { View } from '../bridge/contract';
import { builtInServices } from '../../state-machines/services/catalog';
import { loadDefinitions } from '../../state-machines/services/load-definitions';
import { holderProfile, makeWorld, startSession } from '../../state-machines/testing/session-harness';
import { projectView } from './view-projection';

const { services } = loadDefinitions(builtInServices);
const settings = { currency: { code: 'QAR', minorUnits: 2 }, rtlLanguages: ['ar', 'ur'] };
const viewOf = (s: ReturnType<typeof startSession>) => View.parse(projectView(s.actor.getSnapshot(), settings));
const company = { id: 'CO-5501', nameAr: 'شركة النور للتجارة', nameLatin: 'Al Noor Trading', permissions: ['residence-renewal', 'exit-permit'], spendingCapMinor: 120_000 };

async function signedIn(world: ReturnType<typeof makeWorld>) {
  const s = startSession(world, services);
  s.insertCard();
  await s.untilMain('signedIn.pin');
  s.typePin('1234');
  await s.untilMain('signedIn.menu');
  return s;
}

describe('the view for the issue-8 services', () => {
  it('given a company representative, then every service the company did not grant is greyed with the reason, the granted ones open', async () => {
    const view = viewOf(await signedIn(makeWorld({ profile: { ...holderProfile, company } })));
    const granted = view.menu?.filter((m) => m.isAvailable).map((m) => m.serviceId);
    expect(granted).toEqual(['residence-renewal', 'exit-permit']);
    expect(view.menu?.find((m) => m.serviceId === 'certificate')).toMatchObject({ isAvailable: false, reason: { key: 'services:company-representative.not-granted' } });
    // The kiosk itself is serving: a representative's limits are theirs, not the kiosk's.
    expect(view.availability).toBe('serving');
  });

  it('given an ordinary holder, then the new services are on the menu and available', async () => {
    const view = viewOf(await signedIn(makeWorld()));
    for (const id of ['certificate', 'licence-renewal', 'licence-replacement', 'vehicle-registration', 'exit-permit', 'appointment', 'document-verification']) {
      expect(view.menu?.find((m) => m.serviceId === id), id).toMatchObject({ isAvailable: true });
    }
  });

  it('given the card-less check started from attract, then its form shows with no holder and no card to take', () => {
    const s = startSession(makeWorld(), services);
    s.send({ type: 'VERIFY.START' });
    const view = viewOf(s);
    expect(view).toMatchObject({ screen: 'form', service: { serviceId: 'document-verification' }, canGoBack: true });
    expect(view.form?.[0]).toMatchObject({ name: 'code', label: { key: 'services:document-verification.field.code' } });
    expect(view.holder).toBeUndefined();
  });
});
