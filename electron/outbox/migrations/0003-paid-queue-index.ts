import type { Migration } from './migration';

// The sync worker only ever looks for paid rows by seq. A partial index holds just those, so
// writing a new pending row (before payment, on the customer's time) touches one page fewer,
// and synced rows leave the index instead of growing it forever.
export const migration0003: Migration = {
  version: 3,
  name: 'paid-queue-index',
  up(db) {
    db.exec(`
      DROP INDEX transactions_state_seq;
      CREATE INDEX transactions_paid_seq ON transactions (seq) WHERE state = 'paid';
    `);
  },
};
