import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { AuditAnchor, HeartbeatRequest } from '../../electron/central-client/wire';
import { latestAuditAnchor, recordAuditAnchor } from './audit-anchors';

export interface KioskStatus {
  readonly kioskId: string;
  readonly version: string;
  readonly queueDepth: number;
  readonly oldestUnsyncedAgeS: number | null;
  readonly devices: Readonly<Record<string, 'ok' | 'degraded' | 'failed'>>;
  /** Why each device that is not ok is not, as the kiosk reported it (`paper-out`). */
  readonly reasons: Readonly<Record<string, string>>;
  readonly lastSeen: string;
  /** Transactions this kiosk has had stored. */
  readonly storedCount: number;
  /** The newest audit head heard from this kiosk; null before its first. */
  readonly auditAnchor: AuditAnchor | null;
}

/** Reasons came after the first fleet table: a database made before them gains the column, empty. */
export function ensureDeviceReasons(db: Database.Database): void {
  const columns = db.prepare('PRAGMA table_info(kiosks)').all() as { name: string }[];
  if (!columns.some((c) => c.name === 'device_reasons')) db.exec("ALTER TABLE kiosks ADD COLUMN device_reasons TEXT NOT NULL DEFAULT '{}'");
}

export function recordHeartbeat(db: Database.Database, kioskId: string, beat: z.infer<typeof HeartbeatRequest>, at: string): void {
  db.prepare(`INSERT INTO kiosks (id, version, queue_depth, oldest_unsynced_age_s, devices, device_reasons, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET version = excluded.version, queue_depth = excluded.queue_depth,
      oldest_unsynced_age_s = excluded.oldest_unsynced_age_s, devices = excluded.devices, device_reasons = excluded.device_reasons, last_seen = excluded.last_seen`)
    .run(kioskId, beat.version, beat.queueDepth, beat.oldestUnsyncedAgeS, JSON.stringify(beat.devices), JSON.stringify(beat.reasons ?? {}), at);
  if (beat.auditHead) recordAuditAnchor(db, kioskId, beat.auditHead, at);
}

export function listKiosks(db: Database.Database): KioskStatus[] {
  const rows = db
    .prepare(`SELECT k.*, (SELECT count(*) FROM transactions t WHERE t.kiosk_id = k.id AND t.outcome = 'stored') AS stored
      FROM kiosks k ORDER BY k.id`)
    .all() as { id: string; version: string; queue_depth: number; oldest_unsynced_age_s: number | null; devices: string; device_reasons: string; last_seen: string; stored: number }[];
  return rows.map((r) => ({
    kioskId: r.id,
    version: r.version,
    queueDepth: r.queue_depth,
    oldestUnsyncedAgeS: r.oldest_unsynced_age_s,
    devices: JSON.parse(r.devices) as KioskStatus['devices'],
    reasons: JSON.parse(r.device_reasons) as KioskStatus['reasons'],
    lastSeen: r.last_seen,
    storedCount: r.stored,
    auditAnchor: latestAuditAnchor(db, r.id) ?? null,
  }));
}
