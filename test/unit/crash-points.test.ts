import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../electron/config/load-config';
import { createKiosk } from '../../electron/core/create-kiosk';
import { silentLogger } from '../../electron/log/logger';
import { readSources } from '../../electron/reconcile/read-sources';
import { reconcile } from '../../electron/reconcile/reconcile';
import type { CrashPoint } from '../fixtures/crash/crash-at';

function crashAt(point: CrashPoint): { dataDir: string; key: string } {
  const dataDir = mkdtempSync(join(tmpdir(), `kiosk-${point}-`));
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'test/fixtures/crash/crash-at.ts', dataDir, point], { encoding: 'utf8', timeout: 60_000 });
  expect(child.signal, child.stderr).toBe('SIGKILL');
  const { key } = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as { key: string };
  return { dataDir, key };
}

async function restartAndSync(dataDir: string) {
  const config = parseConfig({});
  if (!config.ok) throw new Error('config');
  const kiosk = await createKiosk(config.value, { dataDir, logger: silentLogger, isSyncTimerOn: false });
  await kiosk.syncNow();
  await kiosk.syncNow();
  return kiosk;
}

const today = () => new Date().toISOString().slice(0, 10);

describe('a kiosk SIGKILLed at each step of a paid flow, then restarted', () => {
  it('before payment (pending row only): nothing is charged, nothing is sent', async () => {
    const { dataDir, key } = crashAt('after-pending');
    const kiosk = await restartAndSync(dataDir);
    try {
      expect(kiosk.outbox?.get(key)?.state).toBe('voided');
      expect(kiosk.embeddedCentral?.storedTransactionCount()).toBe(0);
    } finally {
      await kiosk.stop();
    }
    expect(reconcile(today(), readSources(dataDir))).toEqual([]);
  });

  for (const point of ['after-authorisation', 'after-paid', 'mid-sync', 'after-central-commit'] as const) {
    it(`${point}: the paid transaction reaches the central exactly once`, async () => {
      const { dataDir, key } = crashAt(point);
      const kiosk = await restartAndSync(dataDir);
      try {
        expect(kiosk.outbox?.get(key)?.state).toBe('synced');
        expect(kiosk.embeddedCentral?.storedCountForKey(key)).toBe(1);
        expect(kiosk.embeddedCentral?.storedTransactionCount()).toBe(1);
      } finally {
        await kiosk.stop();
      }
      expect(reconcile(today(), readSources(dataDir))).toEqual([]);
    });
  }
});
