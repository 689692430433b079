import { describe, expect, it } from 'vitest';
import { View } from '../bridge/contract';
import { builtInServices } from '../../state-machines/services/catalog';
import { loadDefinitions } from '../../state-machines/services/load-definitions';
import { holderIdentity, makeWorld, startSession } from '../../state-machines/testing/session-harness';
import { projectView } from './view-projection';

const { services } = loadDefinitions(builtInServices);
const settings = { currency: { code: 'QAR', minorUnits: 2 }, rtlLanguages: ['ar', 'ur'] };
const viewOf = (s: ReturnType<typeof startSession>) => View.parse(projectView(s.actor.getSnapshot(), settings));

describe('the view the renderer receives', () => {
  it('on attract, is Arabic and right to left by default', () => {
    const view = viewOf(startSession(makeWorld(), services));
    expect(view).toMatchObject({ screen: 'attract', language: 'ar', direction: 'rtl', title: { key: 'screens:attract.title' } });
  });

  it('on the PIN pad, carries the number of digits typed, never the digits', async () => {
    const s = startSession(makeWorld(), services);
    s.insertCard();
    await s.untilMain('signedIn.pin');
    s.send({ type: 'PIN.DIGIT', digit: 7 });
    s.send({ type: 'PIN.DIGIT', digit: 3 });
    const view = viewOf(s);
    expect(view.pin?.length).toBe(2);
    expect(JSON.stringify(view)).not.toMatch(/73/);
  });

  it('masks the holder\'s ID number except its last four digits', async () => {
    const s = startSession(makeWorld(), services);
    s.insertCard();
    await s.untilMain('signedIn.pin');
    const view = viewOf(s);
    expect(view.holder?.idMasked).toBe(`•••••••${holderIdentity.idNumber.slice(-4)}`);
    expect(JSON.stringify(view)).not.toContain(holderIdentity.idNumber);
  });

  it('greys out a service whose device failed, with the reason, and marks the kiosk limited', async () => {
    const world = makeWorld({ status: { isOnline: true, failedDevices: ['receipt-printer'], isTakingPayments: true } });
    const s = startSession(world, services);
    s.insertCard();
    await s.untilMain('signedIn.pin');
    s.typePin('1234');
    await s.untilMain('signedIn.menu');
    const view = viewOf(s);
    expect(view.availability).toBe('limited');
    expect(view.menu?.find((m) => m.serviceId === 'traffic-fines')).toMatchObject({ isAvailable: false, reason: { key: 'screens:unavailable.device.receipt-printer' } });
    expect(view.menu?.find((m) => m.serviceId === 'my-requests')).toMatchObject({ isAvailable: true });
  });

  it('on an error, offers a support code without personal data', async () => {
    const s = startSession(makeWorld({ card: { pin: '1', triesLeft: 3, readError: { kind: 'unreadable' } } }), services);
    s.insertCard();
    await s.untilMain('signedIn.problem');
    const view = viewOf(s);
    expect(view.screen).toBe('error');
    expect(view.error?.supportCode).toBe('AB12-C1');
  });
});
