// Follows every configured device's health and says when any changes, so the kiosk's
// availability is re-derived by the session machine at once (CUSS 2: an application goes
// unavailable by itself when a required component fails, and comes back with it). Printers
// do not report by themselves: they are asked every `pollMs`; a poll still running when the
// next is due is not doubled.
import type { DeviceHealth } from '../../hardware/result';
import type { Logger } from '../log/logger';
import { isSameHealth, reasonOf, type HealthChange, type HealthRole, type HealthSource } from './health-roles';

/** Runs `tick` every `ms` until the returned function is called (setInterval, or by hand in tests). */
export type IntervalTimer = (ms: number, tick: () => void) => () => void;

export const realIntervalTimer: IntervalTimer = (ms, tick) => {
  const handle = setInterval(tick, ms);
  handle.unref?.();
  return () => clearInterval(handle);
};

export interface HealthMonitorOptions {
  readonly sources: readonly HealthSource[];
  readonly pollMs: number;
  readonly historySize: number;
  readonly now: () => Date;
  readonly logger: Logger;
  /** Called once per change (after history and the log line), with every role's health. */
  readonly onChange: (health: ReadonlyMap<HealthRole, DeviceHealth>) => void;
  readonly timer?: IntervalTimer;
}

export interface HealthMonitor {
  /** Every configured role and its health now. */
  current(): ReadonlyMap<HealthRole, DeviceHealth>;
  failedRoles(): HealthRole[];
  /** Changes since start, oldest first, at most historySize. */
  history(): readonly HealthChange[];
  /** Asks the polled devices now and reports any change (tests, and "check now" in technician mode). */
  checkNow(): Promise<void>;
  start(): void;
  stop(): void;
}

export function createHealthMonitor(options: HealthMonitorOptions): HealthMonitor {
  const last = new Map<HealthRole, DeviceHealth>();
  const changes: HealthChange[] = [];
  const unsubscribes: (() => void)[] = [];
  let stopTimer: (() => void) | undefined;
  let polling: Promise<void> | undefined;

  const record = (role: HealthRole, health: DeviceHealth) => {
    changes.push({ at: options.now().toISOString(), role, level: health.level, reason: reasonOf(health) });
    if (changes.length > options.historySize) changes.splice(0, changes.length - options.historySize);
    options.logger.log('device.health', { device: role, level: health.level, reason: reasonOf(health) });
  };

  /** Compares every source with what was last seen; one onChange for however many changed. */
  const compare = () => {
    let isChanged = false;
    for (const source of options.sources) {
      const health = source.health();
      if (isSameHealth(last.get(source.role), health)) continue;
      last.set(source.role, health);
      record(source.role, health);
      isChanged = true;
    }
    if (isChanged) options.onChange(new Map(last));
  };

  const poll = (): Promise<void> => {
    if (polling) return polling;
    const pollable = options.sources.filter((s) => s.poll);
    // drivers answer with values, never throw; allSettled keeps one bug from stopping the others
    polling = Promise.allSettled(pollable.map((s) => s.poll?.()))
      .then(compare)
      .finally(() => {
        polling = undefined;
      });
    return polling;
  };

  for (const source of options.sources) last.set(source.role, source.health());

  return {
    current: () => new Map(last),
    failedRoles: () => [...last].filter(([, health]) => health.level === 'failed').map(([role]) => role),
    history: () => [...changes],
    checkNow: poll,
    start() {
      for (const source of options.sources) if (source.subscribe) unsubscribes.push(source.subscribe(compare));
      if (options.sources.some((s) => s.poll)) stopTimer = (options.timer ?? realIntervalTimer)(options.pollMs, () => void poll());
      // what each device says at start goes into the history too
      for (const [role, health] of last) record(role, health);
    },
    stop() {
      stopTimer?.();
      for (const unsubscribe of unsubscribes.splice(0)) unsubscribe();
    },
  };
}
