import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { HeartbeatRequest } from '../../electron/central-client/wire';
import { recordAuditAnchor } from './audit-anchors';

export interface KioskStatus {
  readonly kioskId: string;
  readonly version: string;
  readonly queueDepth: number;
  readonly oldestUnsyncedAgeS: number | null;
  readonly devices: Readonly<Record<string, 'ok' | 'degraded' | 'failed'>>;
  readonly lastSeen: string;
  /** Transactions this kiosk has had stored. */
  readonly storedCount: number;
}

export function recordHeartbeat(db: Database.Database, kioskId: string, beat: z.infer<typeof HeartbeatRequest>, at: string): void {
  db.prepare(`INSERT INTO kiosks (id, version, queue_depth, oldest_unsynced_age_s, devices, last_seen) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET version = excluded.version, queue_depth = excluded.queue_depth,
      oldest_unsynced_age_s = excluded.oldest_unsynced_age_s, devices = excluded.devices, last_seen = excluded.last_seen`)
    .run(kioskId, beat.version, beat.queueDepth, beat.oldestUnsyncedAgeS, JSON.stringify(beat.devices), at);
  if (beat.auditHead) recordAuditAnchor(db, kioskId, beat.auditHead, at);
}

export function listKiosks(db: Database.Database): KioskStatus[] {
  const rows = db
    .prepare(`SELECT k.*, (SELECT count(*) FROM transactions t WHERE t.kiosk_id = k.id AND t.outcome = 'stored') AS stored
      FROM kiosks k ORDER BY k.id`)
    .all() as { id: string; version: string; queue_depth: number; oldest_unsynced_age_s: number | null; devices: string; last_seen: string; stored: number }[];
  return rows.map((r) => ({
    kioskId: r.id,
    version: r.version,
    queueDepth: r.queue_depth,
    oldestUnsyncedAgeS: r.oldest_unsynced_age_s,
    devices: JSON.parse(r.devices) as KioskStatus['devices'],
    lastSeen: r.last_seen,
    storedCount: r.stored,
  }));
}
