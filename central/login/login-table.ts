// The central's login challenges, in its own SQLite. The table is added on first use
// (CREATE … IF NOT EXISTS), so databases seeded before this feature keep working without a
// schema version bump. Tokens are stored as SHA-256 hashes: a copy of the file cannot approve
// or collect anything.
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

const createTable = `
CREATE TABLE IF NOT EXISTS login_challenges (
  challenge_hash TEXT PRIMARY KEY,
  poll_hash TEXT NOT NULL,
  kiosk_id TEXT NOT NULL,
  created_at_ms INTEGER NOT NULL,
  expires_at_ms INTEGER NOT NULL,
  approved_id TEXT,
  session_id TEXT,
  approved_at_ms INTEGER
) STRICT;
CREATE INDEX IF NOT EXISTS login_challenges_by_kiosk ON login_challenges (kiosk_id, expires_at_ms);
`;

/** Rows this long past their expiry are deleted (nothing reads them). */
const retentionMs = 24 * 60 * 60_000;

export interface ChallengeRow {
  readonly challenge_hash: string;
  readonly poll_hash: string;
  readonly kiosk_id: string;
  readonly expires_at_ms: number;
  readonly approved_id: string | null;
  readonly session_id: string | null;
}

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export function openLoginTable(db: Database.Database) {
  db.exec(createTable);
  const insert = db.prepare('INSERT INTO login_challenges (challenge_hash, poll_hash, kiosk_id, created_at_ms, expires_at_ms) VALUES (?, ?, ?, ?, ?)');
  // A new code retires the kiosk's earlier ones: only the code on screen can be approved.
  const retire = db.prepare('UPDATE login_challenges SET expires_at_ms = ? WHERE kiosk_id = ? AND approved_id IS NULL AND expires_at_ms > ?');
  const purge = db.prepare('DELETE FROM login_challenges WHERE expires_at_ms < ?');
  const find = db.prepare('SELECT challenge_hash, poll_hash, kiosk_id, expires_at_ms, approved_id, session_id FROM login_challenges WHERE challenge_hash = ?');
  // Guarded by `approved_id IS NULL`, so two approvals racing cannot both win.
  const approve = db.prepare('UPDATE login_challenges SET approved_id = ?, session_id = ?, approved_at_ms = ? WHERE challenge_hash = ? AND approved_id IS NULL AND expires_at_ms > ?');

  return {
    add(row: { challengeId: string; pollToken: string; kioskId: string; nowMs: number; expiresAtMs: number }): void {
      db.transaction(() => {
        purge.run(row.nowMs - retentionMs);
        retire.run(row.nowMs, row.kioskId, row.nowMs);
        insert.run(tokenHash(row.challengeId), tokenHash(row.pollToken), row.kioskId, row.nowMs, row.expiresAtMs);
      })();
    },
    find: (challengeId: string) => find.get(tokenHash(challengeId)) as ChallengeRow | undefined,
    /** True when this call approved it; false when another approval or the expiry came first. */
    approve: (challengeId: string, idNumber: string, sessionId: string, nowMs: number): boolean =>
      approve.run(idNumber, sessionId, nowMs, tokenHash(challengeId), nowMs).changes === 1,
  };
}

export type LoginTable = ReturnType<typeof openLoginTable>;
