import Database from 'better-sqlite3';
import { mkdirSync, existsSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { err, ok, type Result } from '../../hardware/result';
import { latestSchemaVersion, migrate } from './migrations';
import type { MigrationContext } from './migrations/migration';
import { sealedPrefix } from '../secrets/field-cipher';
import { sealPlainRows } from './seal-rows';
import type { OutboxOpenError } from './types';

/**
 * Opens the outbox file with the durability the design asks for (WAL, every commit fsynced),
 * checks it, and brings its schema up to date. Never throws: a bad file is a value.
 */
export function openOutboxDatabase(path: string, context: MigrationContext = {}): Result<Database.Database, OutboxOpenError> {
  let db: Database.Database;
  try {
    mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
  } catch (cause) {
    return err({ kind: 'unreadable', path, detail: describeCause(cause) });
  }
  const checked = checkAndMigrate(db, path, context);
  if (!checked.ok) db.close();
  return checked.ok ? ok(db) : checked;
}

function checkAndMigrate(db: Database.Database, path: string, context: MigrationContext): Result<void, OutboxOpenError> {
  try {
    db.pragma('journal_mode = WAL');
    // FULL: a commit reaches the disk before it returns, so "paid" survives a power cut.
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    // Deleted and overwritten content is zeroed, so a purged row or a value sealed in place
    // leaves no personal data behind in free pages.
    db.pragma('secure_delete = ON');
    const verdict = db.pragma('quick_check', { simple: true });
    if (verdict !== 'ok') return err({ kind: 'corrupt', path, detail: String(verdict) });
  } catch (cause) {
    // SQLITE_NOTADB / SQLITE_CORRUPT surface here, on the first read of the file.
    return err({ kind: 'corrupt', path, detail: describeCause(cause) });
  }
  const found = db.pragma('user_version', { simple: true }) as number;
  if (found > latestSchemaVersion) return err({ kind: 'newer-schema', path, found, supported: latestSchemaVersion });
  try {
    migrate(db, latestSchemaVersion, context);
  } catch (cause) {
    return err({ kind: 'corrupt', path, detail: `migration failed: ${describeCause(cause)}` });
  }
  return context.fieldCipher ? checkFieldKey(db, path, context.fieldCipher) : ok();
}

/**
 * With keys: one sealed row must open, then rows written without keys are sealed. A key
 * that opens nothing (the keys folder restored from another kiosk) keeps the file as it is and
 * stops payments: nothing could be sent or refunded from rows that cannot be read.
 */
function checkFieldKey(db: Database.Database, path: string, cipher: NonNullable<MigrationContext['fieldCipher']>): Result<void, OutboxOpenError> {
  const sample = db.prepare(`SELECT key, holder_id FROM transactions WHERE holder_id LIKE '${sealedPrefix}%' ORDER BY seq DESC LIMIT 1`).get() as { key: string; holder_id: string } | undefined;
  if (sample) {
    try {
      cipher.open(sample.holder_id, sample.key, 'holder_id');
    } catch {
      // GCM refused the tag: another key, not a damaged page (quick_check passed).
      return err({ kind: 'unreadable', path, detail: 'the personal-data key does not open its rows' });
    }
  }
  sealPlainRows(db, cipher);
  return ok();
}

/**
 * Moves a bad outbox file (and its WAL and shared-memory files) aside, keeping it for
 * technicians, and returns where it went. The kiosk then refuses payments.
 */
export function quarantineOutbox(path: string, now: Date = new Date()): string {
  const aside = `${path}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, aside + suffix);
  }
  return aside;
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) return (cause as NodeJS.ErrnoException).code ?? cause.message;
  return String(cause);
}
