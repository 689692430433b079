// The contacts the central holds and the receipts it sent, in the simulator's own SQLite.
// Added on first use (CREATE … IF NOT EXISTS, as the login table is), so a database seeded
// before this feature gains them, and the seeded contacts, without a schema version bump.
import type Database from 'better-sqlite3';
import { statement } from '../db/statements';
import { seedContactRows } from '../seed/contacts';
import type { ReceiptChannel } from '../../electron/central-client/receipt-wire';

const createTables = `
CREATE TABLE IF NOT EXISTS contacts (person_id TEXT PRIMARY KEY, phone TEXT, email TEXT) STRICT;
CREATE TABLE IF NOT EXISTS receipt_sends (
  id INTEGER PRIMARY KEY, key TEXT NOT NULL, kiosk_id TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('sms', 'email')), sent_at TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS receipt_sends_by_key ON receipt_sends (key);
`;

const ready = new WeakSet<Database.Database>();

function ensureTables(db: Database.Database): void {
  if (ready.has(db)) return;
  db.exec(createTables);
  const seed = db.prepare('INSERT OR IGNORE INTO contacts (person_id, phone, email) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (const row of seedContactRows()) seed.run(row.personId, row.phone, row.email);
  })();
  ready.add(db);
}

export interface HolderContact {
  readonly phone: string | null;
  readonly email: string | null;
}

export function openReceiptTable(db: Database.Database) {
  ensureTables(db);
  return {
    /** The holder of a transaction this kiosk sent and the central stored; undefined otherwise. */
    holderOf(key: string, kioskId: string): string | undefined {
      const row = statement(db, "SELECT body FROM transactions WHERE key = ? AND kiosk_id = ? AND outcome = 'stored'").get(key, kioskId) as { body: string } | undefined;
      if (!row) return undefined;
      const holderId = (JSON.parse(row.body) as { holderId?: unknown }).holderId;
      return typeof holderId === 'string' ? holderId : undefined;
    },
    contactOf(personId: string): HolderContact {
      const row = statement(db, 'SELECT phone, email FROM contacts WHERE person_id = ?').get(personId) as HolderContact | undefined;
      return row ?? { phone: null, email: null };
    },
    recordSend(send: { key: string; kioskId: string; channel: ReceiptChannel; sentAt: string }): void {
      statement(db, 'INSERT INTO receipt_sends (key, kiosk_id, channel, sent_at) VALUES (?, ?, ?, ?)').run(send.key, send.kioskId, send.channel, send.sentAt);
    },
    sendsFor(key: string): { channel: ReceiptChannel; kioskId: string }[] {
      return (statement(db, 'SELECT channel, kiosk_id AS kioskId FROM receipt_sends WHERE key = ? ORDER BY id').all(key) as { channel: ReceiptChannel; kioskId: string }[]).map((r) => ({ ...r }));
    },
  };
}
