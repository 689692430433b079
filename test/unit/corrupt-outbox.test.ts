import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../electron/config/load-config';
import { createKiosk } from '../../electron/core/create-kiosk';
import { createMemoryLogger } from '../../electron/log/logger';
import { runSteps, waitForScreen } from '../../electron/sim/scenario-runner';

describe('an outbox file corrupted on purpose', () => {
  it('is moved aside and kept, a fresh outbox opens, payments stop with the reason on the menu until a technician acknowledges, read-only services still work', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-corrupt-'));
    writeFileSync(join(dataDir, 'outbox.sqlite'), Buffer.alloc(8192, 0x5a));
    const config = parseConfig({});
    if (!config.ok) throw new Error('config');
    const logger = createMemoryLogger();
    const kiosk = await createKiosk(config.value, { dataDir, logger, isSyncTimerOn: false });
    try {
      // not even the header reads: nobody knows how many paid rows it held, so payments wait for a technician
      expect(kiosk.outbox?.counts()).toMatchObject({ paid: 0, synced: 0 });
      expect(readdirSync(dataDir).some((f) => f.startsWith('outbox.sqlite.corrupt-'))).toBe(true);
      expect(logger.lines.map((l) => l.event)).toEqual(expect.arrayContaining(['outbox.quarantined', 'outbox.salvage-incomplete']));
      expect(logger.lines.find((l) => l.event === 'outbox.salvage-incomplete')?.fields).toMatchObject({ isHeaderReadable: false, isCountKnown: false, imported: 0 });

      await runSteps(kiosk, [{ insertCard: 'resident' }, { expect: 'pin' }, { typePin: '1234' }, { expect: 'menu' }]);
      const menu = kiosk.currentView().menu ?? [];
      expect(menu.find((m) => m.serviceId === 'traffic-fines')).toMatchObject({ isAvailable: false, reason: { key: 'screens:unavailable.payments-stopped' } });
      expect(menu.find((m) => m.serviceId === 'my-requests')).toMatchObject({ isAvailable: true });
      kiosk.send({ type: 'SERVICE.CHOSEN', serviceId: 'traffic-fines' });
      expect(kiosk.currentView().screen).toBe('menu');
      kiosk.send({ type: 'SERVICE.CHOSEN', serviceId: 'my-requests' });
      await waitForScreen(kiosk, 'info', 5_000);
    } finally {
      await kiosk.stop();
    }
  });
});
