import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { simConfig } from '../../electron/sim/sim-config';
import { createKiosk, type Kiosk } from '../../electron/core/create-kiosk';
import { createMemoryLogger } from '../../electron/log/logger';
import { runSteps } from '../../electron/sim/scenario-runner';
import { signIn } from '../../electron/sim/scenario-steps';

const config = simConfig();

let kiosk: Kiosk | undefined;
afterEach(async () => {
  await kiosk?.stop();
  kiosk = undefined;
});

const menuEntry = (k: Kiosk, serviceId: string) => (k.currentView().menu ?? []).find((m) => m.serviceId === serviceId);

describe('heartbeats and online state', () => {
  it('given heartbeats, then an unanswered one turns the kiosk offline and the next answer brings it back, with no sync in between', async () => {
    const logger = createMemoryLogger();
    kiosk = await createKiosk(config, { dataDir: mkdtempSync(join(tmpdir(), 'kiosk-beat-')), logger, isSyncTimerOn: false });
    kiosk.embeddedCentral!.control.faultNext({ kind: 'status', status: 503 });
    expect(await kiosk.health.beatNow()).toBe(false);
    await runSteps(kiosk, signIn('resident', '1234'));
    expect(menuEntry(kiosk, 'visa-extension')).toMatchObject({ isAvailable: false, reason: { key: 'screens:unavailable.offline' } });
    expect(await kiosk.health.beatNow()).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(menuEntry(kiosk, 'visa-extension')).toMatchObject({ isAvailable: true });
    expect(logger.lines.filter((l) => l.event === 'central.connectivity').map((l) => l.fields)).toEqual([{ isOnline: false, source: 'heartbeat' }, { isOnline: true, source: 'heartbeat' }]);
    expect(kiosk.embeddedCentral!.control.kiosks().map((k) => k.kioskId)).toEqual([config.kioskId]);
  });
});
