import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../electron/config/load-config';
import { createKiosk } from '../../electron/core/create-kiosk';
import { silentLogger } from '../../electron/log/logger';

describe('a kiosk killed right after a payment is recorded', () => {
  it('given SIGKILL between the paid commit and the sync, when restarted, then the central stores the transaction exactly once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-crash-'));
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'test/fixtures/crash/crash-after-paid.ts', dataDir], { encoding: 'utf8', timeout: 60_000 });
    expect(child.signal).toBe('SIGKILL');
    const { paidKey } = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as { paidKey: string };
    expect(paidKey).toMatch(/[0-9a-f-]{36}/);

    const config = parseConfig({});
    if (!config.ok) throw new Error('config');
    const kiosk = await createKiosk(config.value, { dataDir, logger: silentLogger, isSyncTimerOn: false });
    try {
      expect(kiosk.outbox?.get(paidKey)?.state).toBe('paid');
      expect(kiosk.embeddedCentral?.storedCountForKey(paidKey)).toBe(0);
      await kiosk.syncNow();
      await kiosk.syncNow(); // a second pass must not store it again
      expect(kiosk.outbox?.get(paidKey)?.state).toBe('synced');
      expect(kiosk.embeddedCentral?.storedCountForKey(paidKey)).toBe(1);
      expect(kiosk.embeddedCentral?.storedTransactionCount()).toBe(1);
    } finally {
      await kiosk.stop();
    }
  });
});
