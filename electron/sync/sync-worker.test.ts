import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import type { CentralFault, RunningCentral } from '../../central/server';
import { startTestCentral, tempCentralPath } from '../../central/test-support';
import { createHttpCentralClient } from '../central-client/http-central-client';
import { createMemoryLogger } from '../log/logger';
import { openOutbox, type Outbox } from '../outbox/outbox';
import { tempOutboxPath } from '../outbox/test-support';
import { createSyncWorker, type SyncWorkerOptions } from './sync-worker';
import { paidTrafficRows } from './test-support';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function setup(options: { batchSize?: number; timeoutMs?: number } & Partial<SyncWorkerOptions> = {}) {
  const dbPath = tempCentralPath();
  let central: RunningCentral = await startTestCentral({ dbPath });
  const port = Number(new URL(central.url).port);
  const outbox: Outbox = openOutbox(tempOutboxPath());
  const client = createHttpCentralClient({ baseUrl: central.url, kioskId: 'KIOSK-TEST-01', timeoutMs: options.timeoutMs ?? 2000 });
  let clock = 1_000_000;
  const logger = createMemoryLogger();
  const worker = createSyncWorker({ outbox, client, batchSize: options.batchSize ?? 10, random: () => 0.5, now: () => clock, logger, ...options });
  const env = {
    get central() { return central; },
    outbox, client, worker, logger, dbPath,
    advance(ms: number) { clock += ms; },
    async stopCentral() { await central.close(); },
    async restartCentral() { central = await startTestCentral({ dbPath, port }); },
    /** The order the central stored keys in, read from its own database. */
    storedSeqs(): number[] {
      const db = new Database(dbPath, { readonly: true });
      const seqs = db.prepare("SELECT seq FROM transactions WHERE outcome = 'stored' ORDER BY rowid").pluck().all() as number[];
      db.close();
      return seqs;
    },
  };
  cleanup.push(() => outbox.close(), () => worker.stop(), () => central.close().catch(() => undefined));
  return env;
}

describe('sync worker against the real central', () => {
  it('given paid rows, when a pass runs, then each is synced with the central request id and stored once', async () => {
    const env = await setup({ batchSize: 2 });
    const keys = await paidTrafficRows(env.central, env.client, env.outbox, 5);
    const report = await env.worker.syncOnce();
    expect(report).toMatchObject({ sent: 5, synced: 5, dead: 0, retryLater: 0 });
    expect(report.error).toBeUndefined();
    expect(keys.map((k) => env.outbox.get(k)?.state)).toEqual(['synced', 'synced', 'synced', 'synced', 'synced']);
    expect(env.outbox.get(keys[0]!)?.centralRequestId).toMatch(/^REQ-2026-\d{6}$/);
    expect(env.central.storedTransactionCount()).toBe(5);
    expect(env.storedSeqs()).toEqual([1, 2, 3, 4, 5]);
  });

  it('given the central down, when passes run, then nothing is marked and the delay backs off; when it is back, all arrive once, in order', async () => {
    const env = await setup({ batchSize: 3, backoff: { baseMs: 1000, capMs: 8000 } });
    const keys = await paidTrafficRows(env.central, env.client, env.outbox, 7);
    await env.stopCentral();
    const delays = [];
    for (let i = 0; i < 5; i += 1) {
      const report = await env.worker.syncOnce();
      expect(report).toMatchObject({ error: { kind: 'unreachable' }, isCentralReachable: false });
      delays.push(report.nextDelayMs);
    }
    expect(delays).toEqual([500, 1000, 2000, 4000, 4000]); // random 0.5 of 1s, 2s, 4s, 8s, then capped at 8s
    expect(env.outbox.counts()).toMatchObject({ paid: 7, synced: 0 });
    expect(env.outbox.get(keys[0]!)?.attempts).toBe(5);
    await env.restartCentral();
    const report = await env.worker.syncOnce();
    expect(report).toMatchObject({ synced: 7, nextDelayMs: 0, isCentralReachable: true });
    expect(env.central.storedTransactionCount()).toBe(7);
    expect(env.storedSeqs()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('given rows the central already stored (an earlier send whose answer never reached the outbox), when sent again, then they are replayed, not stored twice', async () => {
    const env = await setup();
    const keys = await paidTrafficRows(env.central, env.client, env.outbox, 3);
    await env.client.submitBatch(env.outbox.listUnsynced(10));
    expect(env.central.storedTransactionCount()).toBe(3);
    expect(await env.worker.syncOnce()).toMatchObject({ synced: 3 });
    expect(keys.map((k) => env.outbox.get(k)?.state)).toEqual(['synced', 'synced', 'synced']);
    expect(env.central.storedTransactionCount()).toBe(3);
  });

  it('given the central commits and the connection drops before its reply, when retried, then the first answer comes back and it is stored once', async () => {
    const env = await setup();
    const [key] = await paidTrafficRows(env.central, env.client, env.outbox, 1);
    env.central.control.faultNext({ kind: 'drop-after-commit' });
    expect((await env.worker.syncOnce()).error).toEqual({ kind: 'unreachable' });
    expect(env.outbox.get(key!)?.state).toBe('paid');
    expect(env.central.storedTransactionCount()).toBe(1);
    expect(await env.worker.syncOnce()).toMatchObject({ synced: 1 });
    expect(env.central.storedTransactionCount()).toBe(1);
  });

  it('given a row the central refuses for good, then it is dead with the reason and the rows behind it are delivered', async () => {
    const env = await setup({ batchSize: 2 });
    const keys = await paidTrafficRows(env.central, env.client, env.outbox, 3);
    const first = env.outbox.get(keys[0]!)!;
    // A second row paying the same violation as the first: the central refuses it as already paid.
    const dup = env.outbox.createPending({ ...first, payload: first.payload });
    env.outbox.markPaid(dup.key, { paymentRef: 'PAY-DUP', authCode: 'A' });
    const report = await env.worker.syncOnce();
    expect(report).toMatchObject({ synced: 3, dead: 1 });
    expect(env.outbox.get(dup.key)).toMatchObject({ state: 'dead', reason: 'central:reason.already-paid' });
    expect(env.logger.lines.filter((l) => l.event === 'sync.dead').map((l) => l.fields)).toEqual([{ seq: dup.seq, reason: 'central:reason.already-paid' }]);
  });

  it('given the fee changed between quote and payment, then the row is dead with quote-changed', async () => {
    const env = await setup();
    const [key] = await paidTrafficRows(env.central, env.client, env.outbox, 1);
    const violationId = (env.outbox.get(key!)!.payload.itemIds as string[])[0]!;
    env.central.control.changeFee('traffic-fines', violationId, 5000);
    expect(await env.worker.syncOnce()).toMatchObject({ dead: 1, synced: 0 });
    expect(env.outbox.get(key!)).toMatchObject({ state: 'dead', reason: 'central:reason.quote-changed' });
  });

  it('given a row still being processed at the central (409), then it stays paid and is retried after its hold, without blocking later rows', async () => {
    const env = await setup();
    const [held, other] = await paidTrafficRows(env.central, env.client, env.outbox, 2);
    const gate = env.central.control.holdProcessing([held!]);
    const earlierSend = env.client.submitBatch([env.outbox.get(held!)!]);
    await gate.reached();
    expect(await env.worker.syncOnce()).toMatchObject({ sent: 2, synced: 1, retryLater: 1 });
    gate.release();
    await earlierSend;
    expect(env.outbox.get(held!)?.state).toBe('paid');
    expect(env.outbox.get(other!)?.state).toBe('synced');
    expect(await env.worker.syncOnce()).toMatchObject({ sent: 0 }); // still inside its hold
    env.advance(60_000);
    expect(await env.worker.syncOnce()).toMatchObject({ synced: 1 });
    expect(env.central.storedTransactionCount()).toBe(2);
  });

  it('given the whole batch refused with 400, then rows are sent one at a time and all delivered', async () => {
    const env = await setup();
    await paidTrafficRows(env.central, env.client, env.outbox, 3);
    env.central.control.faultNext({ kind: 'status', status: 400 });
    expect(await env.worker.syncOnce()).toMatchObject({ synced: 3, dead: 0 });
  });

  it.each<[CentralFault, string]>([
    [{ kind: 'garbage' }, 'bad-response'],
    [{ kind: 'wrong-body' }, 'bad-response'],
    [{ kind: 'status', status: 500 }, 'rejected'],
    [{ kind: 'status', status: 429 }, 'rejected'],
    [{ kind: 'status', status: 401 }, 'unauthorised'],
    [{ kind: 'stall' }, 'timeout'],
  ])('given the central answering %j, then nothing is marked synced and the pass reports %s', async (fault, kind) => {
    const env = await setup({ timeoutMs: 200 });
    const keys = await paidTrafficRows(env.central, env.client, env.outbox, 2);
    env.central.control.faultNext(fault);
    const report = await env.worker.syncOnce();
    expect(report.error?.kind).toBe(kind);
    expect(keys.map((k) => env.outbox.get(k)?.state)).toEqual(['paid', 'paid']);
    expect(await env.worker.syncOnce()).toMatchObject({ synced: 2 });
    expect(env.central.storedTransactionCount()).toBe(2);
  });

  it('given two callers at once, then they share one pass and nothing is sent twice', async () => {
    const env = await setup();
    await paidTrafficRows(env.central, env.client, env.outbox, 2);
    const [a, b] = await Promise.all([env.worker.syncOnce(), env.worker.syncOnce()]);
    expect(a).toBe(b);
    expect(a.sent).toBe(2);
  });
});
