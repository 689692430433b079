import { describe, expect, it } from 'vitest';
import { err, ok, type Result } from '../../hardware/result';
import type { CentralError } from '../../state-machines/domain';
import type { CentralClient, SubmitResult } from '../central-client/contract';
import { openOutbox } from '../outbox/outbox';
import { sampleTransaction, tempOutboxPath } from '../outbox/test-support';
import type { OutboxTransaction } from '../outbox/types';
import { createSyncWorker, type Scheduler } from './sync-worker';

/** A scheduler that only records what the worker asked for; the test decides when time passes. */
function manualScheduler() {
  const pending: { run: () => void; ms: number; isCleared: boolean }[] = [];
  const scheduler: Scheduler = {
    setTimeout(run, ms) {
      const entry = { run, ms, isCleared: false };
      pending.push(entry);
      return entry;
    },
    clearTimeout(handle) {
      (handle as { isCleared: boolean }).isCleared = true;
    },
  };
  return { scheduler, pending, fireNext: () => pending.filter((p) => !p.isCleared).at(-1)!.run() };
}

/** A central that answers from a script, one answer per batch. */
function scriptedClient(answers: ((batch: readonly OutboxTransaction[]) => Result<readonly SubmitResult[], CentralError>)[]): CentralClient {
  const notUsed = () => Promise.reject(new Error('not used by the sync worker'));
  return {
    profile: notUsed, eligibility: notUsed, items: notUsed, quote: notUsed, info: notUsed,
    submitBatch: (batch) => Promise.resolve((answers.shift() ?? ((b) => ok(b.map((t) => ({ key: t.key, outcome: 'stored' as const, requestId: `R-${t.seq}`, isReplay: false })))))(batch)),
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('sync worker schedule', () => {
  it('given start, then a pass runs at once, the next after the interval, and after a failure after the jittered backoff', async () => {
    const outbox = openOutbox(tempOutboxPath());
    const { key } = outbox.createPending(sampleTransaction());
    outbox.markPaid(key, { paymentRef: 'P', authCode: 'A' });
    const clock = manualScheduler();
    const worker = createSyncWorker({
      outbox, batchSize: 10, scheduler: clock.scheduler, random: () => 0.25, backoff: { baseMs: 1000, capMs: 10_000 },
      client: scriptedClient([() => err({ kind: 'unreachable' }), () => err({ kind: 'timeout' })]),
    });
    worker.start(5000);
    expect(clock.pending.map((p) => p.ms)).toEqual([0]);
    clock.fireNext();
    await settle();
    clock.fireNext();
    await settle();
    clock.fireNext();
    await settle();
    expect(clock.pending.map((p) => p.ms)).toEqual([0, 250, 500, 5000]);
    expect(outbox.get(key)?.state).toBe('synced');
    await worker.stop();
    expect(clock.pending.at(-1)?.isCleared).toBe(true);
    outbox.close();
  });

  it('given a pass in flight, when stopped, then stop waits for it and nothing is scheduled after', async () => {
    const outbox = openOutbox(tempOutboxPath());
    const { key } = outbox.createPending(sampleTransaction());
    outbox.markPaid(key, { paymentRef: 'P', authCode: 'A' });
    const clock = manualScheduler();
    let answer: (r: Result<readonly SubmitResult[], CentralError>) => void = () => {};
    const client: CentralClient = { ...scriptedClient([]), submitBatch: () => new Promise((resolve) => (answer = resolve)) };
    const worker = createSyncWorker({ outbox, client, batchSize: 10, scheduler: clock.scheduler });
    worker.start(5000);
    clock.fireNext();
    const stopped = worker.stop();
    answer(ok([{ key, outcome: 'stored', requestId: 'R-1', isReplay: false }]));
    await stopped;
    await settle();
    expect(outbox.get(key)?.state).toBe('synced');
    expect(clock.pending).toHaveLength(1);
    outbox.close();
  });
});
