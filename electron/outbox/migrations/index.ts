import type Database from 'better-sqlite3';
import type { Migration, MigrationContext } from './migration';
import { migration0001 } from './0001-transactions';
import { migration0002 } from './0002-sync-attempts';
import { migration0003 } from './0003-paid-queue-index';
import { migration0004 } from './0004-refunds';
import { migration0005 } from './0005-sealed-personal-fields';

/** Every schema step, in order. Append only. */
export const migrations: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005];

export const latestSchemaVersion = migrations.length;

/** Runs the steps after the database's user_version up to `target`, each in its own transaction. */
export function migrate(db: Database.Database, target: number = latestSchemaVersion, context: MigrationContext = {}): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db, context);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
