// Fault tests of the outbox → central path through the real central simulator, over HTTPS with
// a pinned test CA and signed requests, as a kiosk in the field runs it.
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CentralFault, RunningCentral } from '../../central/server';
import { startTestCentral } from '../../central/test-support';
import { ensureTestCa, type TestCa } from '../../central/tls/test-ca';
import { createHttpCentralClient } from '../../electron/central-client/http-central-client';
import { createPinnedFetch } from '../../electron/central-client/pinned-fetch';
import { openOutbox, type Outbox } from '../../electron/outbox/outbox';
import { tempOutboxPath } from '../../electron/outbox/test-support';
import { createSyncWorker } from '../../electron/sync/sync-worker';
import { paidTrafficRows } from '../../electron/sync/test-support';

const kioskId = 'KIOSK-FAULT-01';
const secrets = { [kioskId]: 'fault-test-secret' };
const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function setup(options: { timeoutMs: number; batchSize: number }) {
  const folder = mkdtempSync(join(tmpdir(), 'sync-faults-'));
  const ca: TestCa = ensureTestCa(join(folder, 'tls'));
  const dbPath = join(folder, 'central.sqlite');
  const startAt = (port: number) => startTestCentral({ dbPath, port, auth: { secrets }, tls: { cert: ca.certPem, key: ca.keyPem }, now: () => new Date() });
  let central: RunningCentral = await startAt(0);
  const port = Number(new URL(central.url).port);
  const client = createHttpCentralClient({ baseUrl: central.url, kioskId, secret: secrets[kioskId], timeoutMs: options.timeoutMs, fetchImpl: createPinnedFetch({ caPem: ca.caPem }) });
  const outbox: Outbox = openOutbox(tempOutboxPath());
  let clock = Date.now();
  // jitter pinned and the worker's clock moved by hand, so rows held back after a 409/429 come due without waiting
  const worker = createSyncWorker({ outbox, client, batchSize: options.batchSize, random: () => 0.5, now: () => clock });
  cleanup.push(() => outbox.close(), () => worker.stop(), () => central.close().catch(() => undefined));
  return {
    get central() { return central; },
    outbox, client, worker,
    advance: (ms: number) => (clock += ms),
    stop: () => central.close(),
    restart: async () => (central = await startAt(port)),
    /** What the central stored, read from its own database, in the order it stored it. */
    stored(): { key: string; seq: number }[] {
      const db = new Database(dbPath, { readonly: true });
      const rows = db.prepare("SELECT key, seq FROM transactions WHERE outcome = 'stored' ORDER BY rowid").all() as { key: string; seq: number }[];
      db.close();
      return rows;
    },
  };
}

describe('sync under faults, through the real central over TLS', () => {
  it('given the central down while 1,000 transactions are paid, when it comes back, then all are delivered once, in sequence order', async () => {
    const env = await setup({ timeoutMs: 5_000, batchSize: 50 });
    const keys = await paidTrafficRows(env.central, env.client, env.outbox, 1_000);
    await env.stop();
    for (let pass = 0; pass < 3; pass += 1) expect(await env.worker.syncOnce()).toMatchObject({ synced: 0, isCentralReachable: false, error: { kind: 'unreachable' } });
    expect(env.outbox.counts()).toMatchObject({ paid: 1_000, synced: 0 });
    expect(env.stored()).toEqual([]);

    await env.restart();
    expect(await env.worker.syncOnce()).toMatchObject({ sent: 1_000, synced: 1_000, dead: 0, isCentralReachable: true });
    const stored = env.stored();
    expect(stored.map((r) => r.key)).toEqual(keys);
    expect(stored.map((r) => r.seq)).toEqual(keys.map((_, i) => i + 1));
    expect(new Set(stored.map((r) => r.key)).size).toBe(1_000);
    expect(env.outbox.counts()).toMatchObject({ paid: 0, synced: 1_000 });
  }, 120_000);

  it('given 500s, replies slower than the timeout, malformed JSON, a 200 with the wrong body, dropped connections and lost acknowledgements in a random mix, then nothing is ever marked synced that the central did not store, and in the end each is stored once', async () => {
    const env = await setup({ timeoutMs: 300, batchSize: 5 });
    const keys = await paidTrafficRows(env.central, env.client, env.outbox, 200);
    const faults: CentralFault[] = [
      { kind: 'status', status: 500 }, { kind: 'status', status: 503 }, { kind: 'stall' }, { kind: 'garbage' },
      { kind: 'wrong-body' }, { kind: 'drop' }, { kind: 'drop-after-commit' }, { kind: 'status', status: 429 },
    ];
    let seed = 20_260_304;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const seen = new Set<string>();
    for (let pass = 0; pass < 200 && env.outbox.counts().paid > 0; pass += 1) {
      // one batch somewhere in this pass (or the next) answered badly, the others normally
      const answeredWell = Array.from({ length: Math.floor(random() * 4) }, (): CentralFault => ({ kind: 'pass' }));
      env.central.control.faultNext(...answeredWell, faults[Math.floor(random() * faults.length)]!);
      const report = await env.worker.syncOnce();
      if (report.error) seen.add(report.error.kind);
      env.advance(10 * 60_000);
      const storedKeys = new Set(env.stored().map((r) => r.key));
      const syncedHere = keys.filter((k) => env.outbox.get(k)?.state === 'synced');
      expect(syncedHere.filter((k) => !storedKeys.has(k))).toEqual([]);
    }
    // faults queued for batches a failed pass never sent are played first, then the central is healthy
    let last = await env.worker.syncOnce();
    for (let pass = 0; pass < 5 && (last.error || env.outbox.counts().paid > 0); pass += 1) {
      env.advance(10 * 60_000);
      last = await env.worker.syncOnce();
    }
    expect(last.error).toBeUndefined();
    expect(env.outbox.counts()).toMatchObject({ paid: 0, synced: 200, dead: 0 });
    const stored = env.stored();
    expect(stored.map((r) => r.key).sort()).toEqual([...keys].sort());
    expect(new Set(stored.map((r) => r.key)).size).toBe(200);
    expect([...seen].sort()).toEqual(['bad-response', 'rejected', 'timeout', 'unreachable']);
  }, 120_000);
});
