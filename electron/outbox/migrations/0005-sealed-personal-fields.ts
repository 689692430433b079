import { sealPlainRows } from '../seal-rows';
import type { Migration } from './migration';

// Privacy at rest: holder id, subject id and payload are sealed (AES-256-GCM) in rows written
// before this version. Synced rows are purged after the retention period, by synced_at, so
// that lookup gets a partial index.
export const migration0005: Migration = {
  version: 5,
  name: 'sealed-personal-fields',
  up(db, context) {
    db.exec("CREATE INDEX transactions_synced_at ON transactions (synced_at) WHERE state = 'synced';");
    // Without keys (tests, tools) the rows stay as they are; the next open with keys seals them.
    if (context?.fieldCipher) sealPlainRows(db, context.fieldCipher);
  },
};
