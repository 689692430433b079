import type { Migration } from './migration';

// A dead row was paid for: the kiosk reverses the payment at the terminal or files a refund
// request with the central, and records which on the row. Only a dead row can carry a refund.
// The refund pass reads dead rows without one by seq, so that lookup gets a partial index.
export const migration0004: Migration = {
  version: 4,
  name: 'refunds',
  up(db) {
    db.exec(`
      ALTER TABLE transactions ADD COLUMN refund_state TEXT
        CHECK (refund_state IS NULL OR (state = 'dead' AND refund_state IN ('reversed', 'requested', 'not-charged')));
      ALTER TABLE transactions ADD COLUMN refund_ref TEXT;
      ALTER TABLE transactions ADD COLUMN refunded_at TEXT;
      ALTER TABLE transactions ADD COLUMN refund_attempts INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE transactions ADD COLUMN refund_error TEXT;
      CREATE INDEX transactions_dead_unrefunded ON transactions (seq) WHERE state = 'dead' AND refund_state IS NULL;
    `);
  },
};
