import Database from 'better-sqlite3';
import { mkdirSync, existsSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { err, ok, type Result } from '../../hardware/result';
import { latestSchemaVersion, migrate } from './migrations';
import type { OutboxOpenError } from './types';

/**
 * Opens the outbox file with the durability the design asks for (WAL, every commit fsynced),
 * checks it, and brings its schema up to date. Never throws: a bad file is a value.
 */
export function openOutboxDatabase(path: string): Result<Database.Database, OutboxOpenError> {
  let db: Database.Database;
  try {
    mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
  } catch (cause) {
    return err({ kind: 'unreadable', path, detail: describeCause(cause) });
  }
  const checked = checkAndMigrate(db, path);
  if (!checked.ok) db.close();
  return checked.ok ? ok(db) : checked;
}

function checkAndMigrate(db: Database.Database, path: string): Result<void, OutboxOpenError> {
  try {
    db.pragma('journal_mode = WAL');
    // FULL: a commit reaches the disk before it returns, so "paid" survives a power cut.
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    const verdict = db.pragma('quick_check', { simple: true });
    if (verdict !== 'ok') return err({ kind: 'corrupt', path, detail: String(verdict) });
  } catch (cause) {
    // SQLITE_NOTADB / SQLITE_CORRUPT surface here, on the first read of the file.
    return err({ kind: 'corrupt', path, detail: describeCause(cause) });
  }
  const found = db.pragma('user_version', { simple: true }) as number;
  if (found > latestSchemaVersion) return err({ kind: 'newer-schema', path, found, supported: latestSchemaVersion });
  try {
    migrate(db);
  } catch (cause) {
    return err({ kind: 'corrupt', path, detail: `migration failed: ${describeCause(cause)}` });
  }
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
