import { describe, expect, it } from 'vitest';
import { ok } from '../../hardware/result';
import type { Heartbeat, HeartbeatSender } from '../central-client/contract';
import { createMemoryLogger } from '../log/logger';
import { openOutbox } from '../outbox/outbox';
import { sampleTransaction, tempOutboxPath } from '../outbox/test-support';
import type { IntervalTimer } from './health-monitor';
import { startHeartbeats } from './heartbeat';

describe('heartbeats', () => {
  it('given a paid row waiting and a failed printer, when the interval comes round, then the central hears the queue, its age and each device level', async () => {
    const sent: Heartbeat[] = [];
    const sender: HeartbeatSender = { heartbeat: async (beat) => (sent.push(beat), ok({ serverTime: '2026-11-25T08:00:00Z' })) };
    let tick = () => {};
    const timer: IntervalTimer = (ms, t) => {
      expect(ms).toBe(30_000);
      tick = t;
      return () => {};
    };
    let clock = new Date('2026-11-25T08:00:00Z');
    const outbox = openOutbox(tempOutboxPath(), { now: () => clock });
    const beats = startHeartbeats({
      sender,
      intervalMs: 30_000,
      version: '0.1.0',
      monitor: { current: () => new Map([['card-reader', { level: 'ok' }], ['receipt-printer', { level: 'failed', reason: 'paper-out' }]] as const) },
      outbox: () => outbox,
      now: () => clock,
      logger: createMemoryLogger(),
      timer,
    });
    await beats.beatNow();
    expect(sent.at(-1)).toEqual({ version: '0.1.0', queueDepth: 0, oldestUnsyncedAgeS: null, devices: { 'card-reader': 'ok', 'receipt-printer': 'failed' }, reasons: { 'receipt-printer': 'paper-out' }, auditHead: null });
    const { key } = outbox.createPending(sampleTransaction());
    outbox.markPaid(key, { paymentRef: 'P', authCode: 'A' });
    clock = new Date('2026-11-25T08:01:30Z');
    tick();
    await beats.beatNow();
    expect(sent.at(-1)).toMatchObject({ queueDepth: 1, oldestUnsyncedAgeS: 90 });
    beats.stop();
    outbox.close();
  });
});
