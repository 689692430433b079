import type Database from 'better-sqlite3';
import type { Migration } from './migration';
import { migration0001 } from './0001-transactions';
import { migration0002 } from './0002-sync-attempts';
import { migration0003 } from './0003-paid-queue-index';

/** Every schema step, in order. Append only. */
export const migrations: readonly Migration[] = [migration0001, migration0002, migration0003];

export const latestSchemaVersion = migrations.length;

/** Runs the steps after the database's user_version up to `target`, each in its own transaction. */
export function migrate(db: Database.Database, target: number = latestSchemaVersion): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
