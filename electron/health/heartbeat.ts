// Tells the central every `intervalMs` how this kiosk is: each device's health and reason, the sync
// queue's depth and age, the version, and the audit log's head (its anchor against a log cut
// short). The fleet page lists what it last heard.
import type { AuditHead, Heartbeat, HeartbeatSender } from '../central-client/contract';
import { heartbeatReasonMaxLength } from '../central-client/wire';
import type { Logger } from '../log/logger';
import type { Outbox } from '../outbox/outbox';
import { realIntervalTimer, type IntervalTimer } from './health-monitor';
import type { HealthMonitor } from './health-monitor';

export interface HeartbeatOptions {
  readonly sender: HeartbeatSender;
  readonly intervalMs: number;
  readonly version: string;
  readonly monitor: Pick<HealthMonitor, 'current'>;
  readonly outbox: () => Outbox | undefined;
  /** The audit log's newest row (undefined: empty or not open). */
  readonly auditHead?: () => AuditHead | undefined;
  readonly now: () => Date;
  readonly logger: Logger;
  readonly timer?: IntervalTimer;
}

export function composeHeartbeat(options: Pick<HeartbeatOptions, 'version' | 'monitor' | 'outbox' | 'auditHead' | 'now'>): Heartbeat {
  const outbox = options.outbox();
  const oldest = outbox?.oldestUnsyncedPaidAt();
  const ageS = oldest === undefined ? null : Math.max(0, (options.now().getTime() - Date.parse(oldest)) / 1000);
  const health = [...options.monitor.current()];
  return {
    version: options.version,
    queueDepth: outbox?.counts().paid ?? 0,
    oldestUnsyncedAgeS: ageS,
    devices: Object.fromEntries(health.map(([role, h]) => [role, h.level])),
    reasons: Object.fromEntries(health.flatMap(([role, h]) => ('reason' in h ? [[role, h.reason.slice(0, heartbeatReasonMaxLength)]] : []))),
    auditHead: options.auditHead?.() ?? null,
  };
}

export interface Heartbeats {
  /** Sends one now (at start, and from tests). */
  beatNow(): Promise<boolean>;
  stop(): void;
}

export function startHeartbeats(options: HeartbeatOptions): Heartbeats {
  let inFlight: Promise<boolean> | undefined;
  const beatNow = (): Promise<boolean> => {
    // a central slower than the interval gets one heartbeat at a time, not a pile
    inFlight ??= options.sender.heartbeat(composeHeartbeat(options)).then((answer) => {
      inFlight = undefined;
      if (!answer.ok) options.logger.log('sync.error', { step: 'heartbeat', kind: answer.error.kind });
      return answer.ok;
    });
    return inFlight;
  };
  const stopTimer = (options.timer ?? realIntervalTimer)(options.intervalMs, () => void beatNow());
  void beatNow();
  return { beatNow, stop: stopTimer };
}
