import type { Migration } from './migration';

// Technicians need to see how often a row failed to sync and why; the worker reads paid rows
// by seq on every pass, so that lookup gets an index.
export const migration0002: Migration = {
  version: 2,
  name: 'sync-attempts',
  up(db) {
    db.exec(`
      ALTER TABLE transactions ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE transactions ADD COLUMN last_error TEXT;
      CREATE INDEX transactions_state_seq ON transactions (state, seq);
    `);
  },
};
