// Device health end to end on simulators: the printer's paper and the card reader change the
// kiosk's availability by themselves, without a restart; heartbeats carry health to the fleet.
import { afterEach, describe, expect, it } from 'vitest';
import type { Kiosk } from '../../electron/core/create-kiosk';
import { signIn, startTestKiosk, untilView } from './kiosk-test-kit';

let kiosk: Kiosk | undefined;
afterEach(async () => {
  await kiosk?.stop();
  kiosk = undefined;
});

const menuEntry = (view: { menu?: { serviceId: string; isAvailable: boolean; reason?: { key: string } }[] }, id: string) => view.menu?.find((entry) => entry.serviceId === id);

describe('the receipt printer out of paper', () => {
  it('given a resident at the menu, when the printer runs out of paper, then paid services are off with the reason; when paper is back they return', async () => {
    ({ kiosk } = await startTestKiosk());
    const printer = kiosk.simulators.printer;
    if (!printer) throw new Error('printer not simulated');
    expect((await signIn(kiosk, 'resident', '1234')).screen).toBe('menu');

    printer.setStatus({ kind: 'paper-out' });
    await kiosk.health.checkNow(); // what the poll timer does every health.printerPollMs
    const limited = await untilView(kiosk, (v) => menuEntry(v, 'traffic-fines')?.isAvailable === false);
    expect(menuEntry(limited, 'traffic-fines')?.reason?.key).toBe('screens:unavailable.device.receipt-printer');
    expect(menuEntry(limited, 'my-requests')?.isAvailable).toBe(true); // nothing to print, still on
    expect(limited.availability).toBe('limited');

    printer.setStatus({ kind: 'ready' });
    await kiosk.health.checkNow();
    const restored = await untilView(kiosk, (v) => menuEntry(v, 'traffic-fines')?.isAvailable === true);
    expect(restored.availability).toBe('serving');
  });

  it('given paper nearly out, then the kiosk keeps serving (degraded is not failed)', async () => {
    ({ kiosk } = await startTestKiosk());
    kiosk.simulators.printer?.setStatus({ kind: 'paper-near-end' });
    await kiosk.health.checkNow();
    expect(kiosk.currentView().availability).toBe('serving');
  });
});

describe('the card reader gone', () => {
  it('given the attract screen, when the reader reports pcscd gone, then the out-of-service screen shows in every configured language; when it is back, the attract screen', async () => {
    ({ kiosk } = await startTestKiosk({ languages: ['ar', 'en', 'fr'] }));
    const reader = kiosk.simulators.cardReader;
    if (!reader) throw new Error('reader not simulated');
    await untilView(kiosk, (v) => v.screen === 'attract');
    reader.setHealth({ level: 'failed', reason: 'pcscd-unavailable' });
    const out = await untilView(kiosk, (v) => v.screen === 'out-of-service');
    expect(out).toMatchObject({ availability: 'out-of-service', languages: ['ar', 'en', 'fr'], title: { key: 'screens:out-of-service.title' } });
    kiosk.send({ type: 'START' }); // nobody can start a session meanwhile
    expect(kiosk.currentView().screen).toBe('out-of-service');
    reader.setHealth({ level: 'ok' });
    expect((await untilView(kiosk, (v) => v.screen === 'attract')).availability).toBe('serving');
  });
});

describe('heartbeats to the fleet page', () => {
  it('given a heartbeat, then the central lists the kiosk with each device level, its queue and its version; a failed printer shows as failed', async () => {
    ({ kiosk } = await startTestKiosk({ kioskId: 'KIOSK-HB-01' }));
    const central = kiosk.embeddedCentral;
    if (!central) throw new Error('no embedded central');
    expect(await kiosk.health.beatNow()).toBe(true);
    const listed = central.control.kiosks().find((k) => k.kioskId === 'KIOSK-HB-01');
    expect(listed).toMatchObject({ queueDepth: 0, oldestUnsyncedAgeS: null, devices: { 'card-reader': 'ok', 'receipt-printer': 'ok', payment: 'ok' } });
    expect(listed?.version).toMatch(/^\d+\.\d+\.\d+/);

    kiosk.simulators.printer?.setStatus({ kind: 'cover-open' });
    await kiosk.health.checkNow();
    await kiosk.health.beatNow();
    expect(central.control.kiosks().find((k) => k.kioskId === 'KIOSK-HB-01')?.devices['receipt-printer']).toBe('failed');
    const page = await (await fetch(`${kiosk.centralUrl}/fleet`)).text();
    expect(page).toContain('KIOSK-HB-01');
    expect(page).toContain('receipt-printer: failed');
  });
});
