// Each audit head a kiosk reported in its heartbeats, kept by the central. The kiosk's own
// hash chain catches any change inside the log but not its newest rows being cut off; the
// heads the central saw are outside the kiosk's reach, so a local log shorter than one of them,
// or holding another hash at that row, shows it was cut or rewritten.
import type Database from 'better-sqlite3';
import type { AuditHead } from '../../electron/central-client/contract';
import type { AuditAnchor } from '../../electron/central-client/wire';

/** Created when missing, so a central database made before anchors gains the table without a reseed. */
export function ensureAuditAnchors(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS audit_anchors (
    kiosk_id TEXT NOT NULL, rows INTEGER NOT NULL, head_hash TEXT NOT NULL, seen_at TEXT NOT NULL,
    PRIMARY KEY (kiosk_id, rows)
  ) STRICT`);
}

/**
 * The first hash heard for a row count is kept: a later heartbeat naming another hash for the
 * same row (a rewritten log) cannot replace the evidence.
 */
export function recordAuditAnchor(db: Database.Database, kioskId: string, head: AuditHead, at: string): void {
  db.prepare('INSERT OR IGNORE INTO audit_anchors (kiosk_id, rows, head_hash, seen_at) VALUES (?, ?, ?, ?)').run(kioskId, head.rows, head.headHash, at);
}

/** Every head heard from this kiosk, oldest row first. */
export function auditAnchorsOf(db: Database.Database, kioskId: string): AuditAnchor[] {
  const rows = db.prepare('SELECT rows, head_hash, seen_at FROM audit_anchors WHERE kiosk_id = ? ORDER BY rows').all(kioskId) as { rows: number; head_hash: string; seen_at: string }[];
  return rows.map((r) => ({ rows: r.rows, headHash: r.head_hash, seenAt: r.seen_at }));
}

/** The newest head heard (the highest row count), for the fleet view. */
export function latestAuditAnchor(db: Database.Database, kioskId: string): AuditAnchor | undefined {
  return auditAnchorsOf(db, kioskId).at(-1);
}
