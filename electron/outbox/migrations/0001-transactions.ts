import type { Migration } from './migration';

// The first schema: one row per transaction, one state column (DESIGN.md lifecycle).
// The reference is derived from the year and the sequence number so it can never disagree.
export const migration0001: Migration = {
  version: 1,
  name: 'transactions',
  up(db) {
    db.exec(`
      CREATE TABLE transactions (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        key TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL CHECK (state IN ('pending', 'paid', 'synced', 'voided', 'dead')),
        service_id TEXT NOT NULL,
        holder_id TEXT NOT NULL,
        subject_id TEXT NOT NULL,
        quote_id TEXT NOT NULL,
        quote_version INTEGER NOT NULL,
        amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
        currency TEXT NOT NULL,
        payload TEXT NOT NULL,
        payment_ref TEXT,
        auth_code TEXT,
        central_request_id TEXT,
        reason TEXT,
        created_at TEXT NOT NULL,
        paid_at TEXT,
        synced_at TEXT,
        updated_at TEXT NOT NULL,
        reference TEXT GENERATED ALWAYS AS (substr(created_at, 1, 4) || '-' || printf('%06d', seq)) VIRTUAL
      ) STRICT;
    `);
  },
};
