import type Database from 'better-sqlite3';
import type { Migration } from '../../outbox/migrations/migration';
import { auditMigration0001 } from './0001-audit';

/** The audit file's own schema steps (it is a separate SQLite file from the outbox). Append only. */
export const auditMigrations: readonly Migration[] = [auditMigration0001];

export const latestAuditSchemaVersion = auditMigrations.length;

export function migrateAudit(db: Database.Database, target: number = latestAuditSchemaVersion): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const migration of auditMigrations) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
