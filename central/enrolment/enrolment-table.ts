// Kiosk enrolment in the central's own SQLite: one-time codes (stored as SHA-256 hashes, so a
// copy of the file enrols nobody) and each kiosk's signing secret. The simulator keeps secrets
// in clear because it must recompute the HMAC; a real central keeps them in an HSM or vault.
// Tables are added on first use (IF NOT EXISTS), as the login table is.
import type Database from 'better-sqlite3';
import { createHash, randomBytes, randomInt } from 'node:crypto';

const createTables = `
CREATE TABLE IF NOT EXISTS enrolment_codes (
  code_hash TEXT PRIMARY KEY, kiosk_id TEXT NOT NULL, created_at_ms INTEGER NOT NULL,
  expires_at_ms INTEGER NOT NULL, used_at_ms INTEGER
) STRICT;
CREATE TABLE IF NOT EXISTS kiosk_credentials (
  kiosk_id TEXT PRIMARY KEY, secret TEXT NOT NULL, next_secret TEXT,
  state TEXT NOT NULL CHECK (state IN ('active', 'revoked')),
  enrolled_at_ms INTEGER NOT NULL, rotated_at_ms INTEGER, revoked_at_ms INTEGER
) STRICT;
`;

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const hash = (code: string) => createHash('sha256').update(code).digest('hex');
const newSecret = () => randomBytes(32).toString('base64url');

export type EnrolRefusal = 'unknown-code' | 'expired' | 'already-used';

export interface KioskCredentialRow {
  readonly secret: string;
  readonly nextSecret: string | null;
  readonly isRevoked: boolean;
}

export function openEnrolmentTable(db: Database.Database) {
  db.exec(createTables);
  const insertCode = db.prepare('INSERT INTO enrolment_codes (code_hash, kiosk_id, created_at_ms, expires_at_ms) VALUES (?, ?, ?, ?)');
  const findCode = db.prepare('SELECT kiosk_id, expires_at_ms, used_at_ms FROM enrolment_codes WHERE code_hash = ?');
  // Guarded by `used_at_ms IS NULL`: two enrolments racing with one code cannot both win.
  const useCode = db.prepare('UPDATE enrolment_codes SET used_at_ms = ? WHERE code_hash = ? AND used_at_ms IS NULL');
  const upsert = db.prepare(`INSERT INTO kiosk_credentials (kiosk_id, secret, state, enrolled_at_ms) VALUES (?, ?, 'active', ?)
    ON CONFLICT (kiosk_id) DO UPDATE SET secret = excluded.secret, next_secret = NULL, state = 'active', enrolled_at_ms = excluded.enrolled_at_ms, revoked_at_ms = NULL`);
  const find = db.prepare('SELECT secret, next_secret, state FROM kiosk_credentials WHERE kiosk_id = ?');
  const offerNext = db.prepare("UPDATE kiosk_credentials SET next_secret = ? WHERE kiosk_id = ? AND state = 'active'");
  const promote = db.prepare('UPDATE kiosk_credentials SET secret = next_secret, next_secret = NULL, rotated_at_ms = ? WHERE kiosk_id = ? AND next_secret = ?');
  const revoke = db.prepare("UPDATE kiosk_credentials SET state = 'revoked', next_secret = NULL, revoked_at_ms = ? WHERE kiosk_id = ? AND state = 'active'");

  return {
    /** A one-time code for this kiosk id (maintainers hand it to the installer). */
    issueCode(kioskId: string, nowMs: number, ttlMs: number): string {
      const raw = Array.from({ length: 12 }, () => alphabet[randomInt(alphabet.length)]).join('');
      const code = `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
      insertCode.run(hash(code), kioskId, nowMs, nowMs + ttlMs);
      return code;
    },
    /** Spends the code and gives the kiosk a fresh secret (re-enrolling a revoked kiosk re-admits it). */
    enrol(code: string, nowMs: number): { ok: true; kioskId: string; secret: string } | { ok: false; refusal: EnrolRefusal } {
      return db.transaction(() => {
        const row = findCode.get(hash(code)) as { kiosk_id: string; expires_at_ms: number; used_at_ms: number | null } | undefined;
        if (!row) return { ok: false as const, refusal: 'unknown-code' as const };
        if (row.used_at_ms !== null) return { ok: false as const, refusal: 'already-used' as const };
        if (row.expires_at_ms <= nowMs) return { ok: false as const, refusal: 'expired' as const };
        useCode.run(nowMs, hash(code));
        const secret = newSecret();
        upsert.run(row.kiosk_id, secret, nowMs);
        return { ok: true as const, kioskId: row.kiosk_id, secret };
      })();
    },
    credentialsOf(kioskId: string): KioskCredentialRow | undefined {
      const row = find.get(kioskId) as { secret: string; next_secret: string | null; state: 'active' | 'revoked' } | undefined;
      return row && { secret: row.secret, nextSecret: row.next_secret, isRevoked: row.state === 'revoked' };
    },
    /**
     * Rotation in two steps, so a lost reply locks nobody out: the new secret is offered and
     * both work until the kiosk signs with the new one, which then replaces the old.
     */
    offerNextSecret(kioskId: string): string | undefined {
      const secret = newSecret();
      return offerNext.run(secret, kioskId).changes === 1 ? secret : undefined;
    },
    promoteNextSecret: (kioskId: string, secret: string, nowMs: number): void => void promote.run(nowMs, kioskId, secret),
    revoke: (kioskId: string, nowMs: number): boolean => revoke.run(nowMs, kioskId).changes === 1,
  };
}

export type EnrolmentTable = ReturnType<typeof openEnrolmentTable>;

const tables = new WeakMap<Database.Database, EnrolmentTable>();

/** One table (and its prepared statements) per connection: the authenticator reads it on every request. */
export function enrolmentTableFor(db: Database.Database): EnrolmentTable {
  let table = tables.get(db);
  if (!table) tables.set(db, (table = openEnrolmentTable(db)));
  return table;
}
