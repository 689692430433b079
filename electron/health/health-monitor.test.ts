import { describe, expect, it } from 'vitest';
import { SimulatedCardReader } from '../../hardware/card/simulated-card-reader';
import { SimulatedReceiptPrinter } from '../../hardware/printer/simulated-receipt-printer';
import type { DeviceHealth } from '../../hardware/result';
import { createMemoryLogger } from '../log/logger';
import { createHealthMonitor, type IntervalTimer } from './health-monitor';
import type { HealthRole } from './health-roles';

/** A timer the test ticks by hand: no waiting on the clock. */
function manualTimer(): IntervalTimer & { tick(): void; readonly everyMs: number[] } {
  const ticks: (() => void)[] = [];
  const everyMs: number[] = [];
  const start: IntervalTimer = (ms, tick) => {
    everyMs.push(ms);
    ticks.push(tick);
    return () => void ticks.splice(ticks.indexOf(tick), 1);
  };
  return Object.assign(start, { tick: () => ticks.forEach((t) => t()), everyMs });
}

function setUp() {
  const reader = new SimulatedCardReader();
  const printer = new SimulatedReceiptPrinter();
  const timer = manualTimer();
  const logger = createMemoryLogger();
  const seen: ReadonlyMap<HealthRole, DeviceHealth>[] = [];
  const monitor = createHealthMonitor({
    sources: [
      { role: 'card-reader', health: () => reader.health(), subscribe: (cb) => reader.subscribe((e) => e.type === 'READER.HEALTH' && cb()) },
      { role: 'receipt-printer', health: () => printer.health(), poll: async () => void (await printer.status()) },
    ],
    pollMs: 5_000,
    historySize: 50,
    now: () => new Date('2026-11-25T08:00:00Z'),
    logger,
    onChange: (health) => seen.push(health),
    timer,
  });
  monitor.start();
  return { reader, printer, timer, logger, seen, monitor };
}

describe('the health monitor', () => {
  it('given the printer runs out of paper, when the poll comes round, then the change is reported once with the reason, and again when paper is back', async () => {
    const { printer, timer, seen, monitor } = setUp();
    expect(timer.everyMs).toEqual([5_000]);
    printer.setStatus({ kind: 'paper-out' });
    timer.tick();
    await monitor.checkNow();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.get('receipt-printer')).toEqual({ level: 'failed', reason: 'paper-out' });
    expect(monitor.failedRoles()).toEqual(['receipt-printer']);
    timer.tick();
    await monitor.checkNow();
    expect(seen).toHaveLength(1); // nothing new: no second report
    printer.setStatus({ kind: 'ready' });
    await monitor.checkNow();
    expect(seen.at(-1)?.get('receipt-printer')).toEqual({ level: 'ok' });
    expect(monitor.failedRoles()).toEqual([]);
  });

  it('given the card reader reports pcscd gone, then the change is reported at once, without a poll', () => {
    const { reader, seen, monitor, logger } = setUp();
    reader.setHealth({ level: 'failed', reason: 'pcscd-unavailable' });
    expect(seen.at(-1)?.get('card-reader')).toEqual({ level: 'failed', reason: 'pcscd-unavailable' });
    expect(monitor.failedRoles()).toEqual(['card-reader']);
    expect(logger.lines.at(-1)).toEqual({ event: 'device.health', fields: { device: 'card-reader', level: 'failed', reason: 'pcscd-unavailable' } });
  });

  it('given changes, then the history keeps each with its time, starting with what every device said at start', () => {
    const { reader, monitor } = setUp();
    reader.setHealth({ level: 'failed', reason: 'no-reader' });
    reader.setHealth({ level: 'ok' });
    expect(monitor.history().map((h) => `${h.role}:${h.level}:${h.reason}`)).toEqual(['card-reader:ok:', 'receipt-printer:ok:', 'card-reader:failed:no-reader', 'card-reader:ok:']);
    expect(monitor.history()[0]?.at).toBe('2026-11-25T08:00:00.000Z');
  });

  it('given a poll still running, when the next tick comes, then the printer is not asked twice', async () => {
    let asked = 0;
    let answer: () => void = () => {};
    const monitor = createHealthMonitor({
      sources: [{ role: 'receipt-printer', health: () => ({ level: 'ok' }), poll: () => new Promise<void>((resolve) => ((asked += 1), (answer = resolve))) }],
      pollMs: 1_000,
      historySize: 10,
      now: () => new Date(),
      logger: createMemoryLogger(),
      onChange: () => {},
      timer: manualTimer(),
    });
    const first = monitor.checkNow();
    const second = monitor.checkNow();
    answer();
    await Promise.all([first, second]);
    expect(asked).toBe(1);
  });

  it('given stop, then reader events no longer reach it', () => {
    const { reader, seen, monitor } = setUp();
    monitor.stop();
    reader.setHealth({ level: 'failed', reason: 'no-reader' });
    expect(seen).toHaveLength(0);
  });
});
