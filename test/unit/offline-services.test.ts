import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { simConfig } from '../../electron/sim/sim-config';
import { createKiosk, type Kiosk } from '../../electron/core/create-kiosk';
import { createMemoryLogger } from '../../electron/log/logger';
import { runSteps } from '../../electron/sim/scenario-runner';
import { payAndLeave, signIn } from '../../electron/sim/scenario-steps';

const config = simConfig();

let kiosk: Kiosk | undefined;
afterEach(async () => {
  await kiosk?.stop();
  kiosk = undefined;
});

const menuEntry = (k: Kiosk, serviceId: string) => (k.currentView().menu ?? []).find((m) => m.serviceId === serviceId);

describe('a kiosk that loses the central', () => {
  it('given the central drops after the review, then the queued service (traffic fines) takes the payment, the receipt says pending confirmation, and it is delivered once when the central is back', async () => {
    const logger = createMemoryLogger();
    kiosk = await createKiosk(config, { dataDir: mkdtempSync(join(tmpdir(), 'kiosk-offline-')), logger, isSyncTimerOn: false });
    const central = kiosk.embeddedCentral!;
    await runSteps(kiosk, [...signIn('resident', '1234'), { send: { type: 'SERVICE.CHOSEN', serviceId: 'traffic-fines' } }, { expect: 'items' }, { chooseItem: 'first' }, { send: { type: 'ITEMS.CONFIRMED' } }, { expect: 'review' }]);
    // the fee check before payment and the sync after it both find no central
    central.control.faultNext({ kind: 'drop' }, { kind: 'drop' });
    const { views } = await runSteps(kiosk, payAndLeave);
    const outcome = views.find((v) => v.outcome)?.outcome;
    expect(outcome).toMatchObject({ isPendingConfirmation: true, isReceiptPrinted: true });
    const receipt = kiosk.simulators.printer!.jobs.at(-1)!.document;
    expect(receipt.notes[0]).toMatch(/^Pending confirmation/);
    expect(receipt.reference).toBe(outcome?.reference);
    expect(kiosk.outbox!.counts()).toMatchObject({ paid: 1, synced: 0 });
    expect(logger.lines.filter((l) => l.event === 'central.connectivity').map((l) => l.fields)).toEqual([{ isOnline: false, source: 'sync' }]);

    // while offline, services that need the central are greyed with the reason; the queued one is not
    await runSteps(kiosk, signIn('resident', '1234'));
    expect(menuEntry(kiosk, 'residence-renewal')).toMatchObject({ isAvailable: false, reason: { key: 'screens:unavailable.offline' } });
    expect(menuEntry(kiosk, 'traffic-fines')).toMatchObject({ isAvailable: true });

    await kiosk.syncNow();
    expect(kiosk.outbox!.counts()).toMatchObject({ paid: 0, synced: 1 });
    expect(central.storedTransactionCount()).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(menuEntry(kiosk, 'residence-renewal')).toMatchObject({ isAvailable: true });
  });
});
