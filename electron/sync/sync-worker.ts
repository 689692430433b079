import type { CentralClient, SubmitResult } from '../central-client/contract';
import { quoteChangedReason } from '../central-client/wire';
import type { Logger } from '../log/logger';
import type { Outbox } from '../outbox/outbox';
import type { OutboxTransaction } from '../outbox/types';
import type { CentralError } from '../../state-machines/domain';
import { backoffDelayMs, defaultBackoff, type BackoffPolicy } from './backoff';

export interface SyncReport {
  readonly sent: number;
  readonly synced: number;
  readonly dead: number;
  /** Rows the central is still processing (409) or asked us to slow down for (429). */
  readonly retryLater: number;
  /** Why the pass stopped early; absent when every row it could send was answered. */
  readonly error?: CentralError;
  /** Whether the central answered like a working service (refusals count; silence, garbage and 5xx do not). */
  readonly isCentralReachable: boolean;
  /** When `start()` runs the next pass: the interval, or the backoff after a failure. */
  readonly nextDelayMs: number;
}

export interface Scheduler {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SyncWorkerOptions {
  readonly outbox: Outbox;
  readonly client: CentralClient;
  readonly batchSize: number;
  readonly logger?: Logger;
  readonly backoff?: BackoffPolicy;
  /** [0, 1); injected so tests can pin the jitter. */
  readonly random?: () => number;
  /** Milliseconds; injected so tests can move time for rows held after a 409. */
  readonly now?: () => number;
  readonly scheduler?: Scheduler;
}

export interface SyncWorker {
  syncOnce(): Promise<SyncReport>;
  start(intervalMs: number): void;
  stop(): Promise<void>;
}

const isRetryLater = (e: CentralError) => e.kind === 'rejected' && (e.status === 409 || e.status === 429);
/** A refusal for good: the row goes dead (a refund is owed) and never blocks the rows behind it. */
const isFinal = (e: CentralError) => e.kind === 'quote-changed' || (e.kind === 'rejected' && e.status >= 400 && e.status < 500 && !isRetryLater(e));
const isAnswering = (e: CentralError) => e.kind === 'unauthorised' || e.kind === 'quote-changed' || (e.kind === 'rejected' && e.status < 500);
const reasonOf = (e: CentralError) => (e.kind === 'rejected' ? e.reason : e.kind === 'quote-changed' ? quoteChangedReason : e.kind);

/**
 * Sends paid rows in sequence order and marks a row synced only on the central's
 * acknowledgement. Network trouble backs off with full jitter; 409/429 hold just that row.
 */
export function createSyncWorker(options: SyncWorkerOptions): SyncWorker {
  const { outbox, client, batchSize } = options;
  const policy = options.backoff ?? defaultBackoff;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const scheduler: Scheduler = options.scheduler ?? { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) };
  const heldUntil = new Map<string, number>();
  let failures = 0;
  let intervalMs = 0;
  let running: Promise<SyncReport> | undefined;
  let timer: unknown;
  let isStarted = false;

  /** The next paid rows after `afterSeq` that are not held back, oldest first. */
  function nextRows(afterSeq: number, limit: number): OutboxTransaction[] {
    const at = now();
    return outbox
      .listUnsynced(limit + heldUntil.size, afterSeq)
      .filter((row) => (heldUntil.get(row.key) ?? 0) <= at)
      .slice(0, limit);
  }

  function settle(row: OutboxTransaction, result: SubmitResult, tally: { synced: number; dead: number; retryLater: number }): void {
    if (result.outcome === 'stored') {
      outbox.markSynced(row.key, { requestId: result.requestId });
      heldUntil.delete(row.key);
      tally.synced += 1;
    } else if (isFinal(result.error)) {
      outbox.markDead(row.key, reasonOf(result.error));
      heldUntil.delete(row.key);
      options.logger?.log('sync.dead', { seq: row.seq, reason: reasonOf(result.error) });
      tally.dead += 1;
    } else {
      outbox.recordAttempt(row.key, reasonOf(result.error));
      heldUntil.set(row.key, now() + backoffDelayMs(row.attempts + 1, policy, random));
      tally.retryLater += 1;
    }
  }

  async function pass(): Promise<SyncReport> {
    const tally = { sent: 0, synced: 0, dead: 0, retryLater: 0 };
    let cursor = 0; // the pass walks the queue once, by seq
    let isolating = false; // after a whole-batch refusal, send one row at a time to find the bad one
    for (let rows = nextRows(cursor, batchSize); rows.length > 0; rows = nextRows(cursor, isolating ? 1 : batchSize)) {
      const batchStart = cursor;
      cursor = rows.at(-1)!.seq;
      tally.sent += rows.length;
      const answer = await client.submitBatch(rows);
      if (answer.ok) {
        outbox.atomically(() => answer.value.forEach((result, i) => settle(rows[i]!, result, tally)));
        options.logger?.log('sync.batch', { size: rows.length, synced: tally.synced, dead: tally.dead, retryLater: tally.retryLater });
        continue;
      }
      const error = answer.error;
      if (isFinal(error) && error.kind === 'rejected' && rows.length > 1) {
        tally.sent -= rows.length;
        cursor = batchStart;
        isolating = true;
        continue;
      }
      if (isFinal(error)) {
        settle(rows[0]!, { key: rows[0]!.key, outcome: 'refused', error }, tally);
        continue;
      }
      outbox.atomically(() => rows.forEach((row) => outbox.recordAttempt(row.key, reasonOf(error))));
      failures += 1;
      const nextDelayMs = backoffDelayMs(failures, policy, random);
      options.logger?.log('sync.error', { kind: error.kind, status: error.kind === 'rejected' ? error.status : null, failures, nextDelayMs });
      return { ...tally, error, isCentralReachable: isAnswering(error), nextDelayMs };
    }
    failures = 0;
    return { ...tally, isCentralReachable: true, nextDelayMs: intervalMs };
  }

  function schedule(delayMs: number): void {
    if (!isStarted) return;
    timer = scheduler.setTimeout(() => {
      worker.syncOnce().then((report) => schedule(report.nextDelayMs));
    }, delayMs);
  }

  const worker: SyncWorker = {
    syncOnce() {
      // One pass at a time: a second caller shares the pass in flight instead of resending.
      running ??= pass().finally(() => {
        running = undefined;
      });
      return running;
    },
    start(every) {
      if (isStarted) return;
      intervalMs = every;
      isStarted = true;
      schedule(0);
    },
    async stop() {
      isStarted = false;
      if (timer !== undefined) scheduler.clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
  return worker;
}
