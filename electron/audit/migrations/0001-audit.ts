import type { Migration } from '../../outbox/migrations/migration';

// The audit table: append only. The triggers stop the kiosk itself from changing history;
// someone with the file and a SQLite shell can drop them, which is what the hash chain is for.
export const auditMigration0001: Migration = {
  version: 1,
  name: 'audit',
  up(db) {
    db.exec(`
      CREATE TABLE audit (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE
      ) STRICT;
      CREATE INDEX audit_action ON audit (action);
      CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
      CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    `);
  },
};
