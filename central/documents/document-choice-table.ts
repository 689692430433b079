// The choices people made for paid documents that did not print, and the addresses on record,
// in the simulator's own SQLite. Added on first use (CREATE … IF NOT EXISTS, as the receipt
// tables are), so a database seeded before this feature gains them without a version bump.
import type Database from 'better-sqlite3';
import type { DocumentChoice } from '../../electron/central-client/document-choice-wire';
import { statement } from '../db/statements';
import { seedAddressRows } from './postal-addresses';

const createTables = `
CREATE TABLE IF NOT EXISTS postal_addresses (person_id TEXT PRIMARY KEY, address TEXT NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS document_choices (
  key TEXT PRIMARY KEY, kiosk_id TEXT NOT NULL, body_hash TEXT NOT NULL, document_id TEXT NOT NULL,
  choice TEXT NOT NULL CHECK (choice IN ('reprint', 'post')),
  status TEXT NOT NULL CHECK (status IN ('to-reprint', 'to-post', 'awaiting-address')),
  reprint_code TEXT NOT NULL, post_to TEXT, recorded_at TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS document_choices_by_code ON document_choices (reprint_code);
CREATE INDEX IF NOT EXISTS document_choices_by_document ON document_choices (document_id);
CREATE TABLE IF NOT EXISTS document_reprints (
  document_id TEXT PRIMARY KEY, key TEXT NOT NULL UNIQUE, kiosk_id TEXT NOT NULL, body_hash TEXT NOT NULL,
  holder_id TEXT NOT NULL, reprinted_at TEXT NOT NULL
) STRICT;
`;

const ready = new WeakSet<Database.Database>();

function ensureTables(db: Database.Database): void {
  if (ready.has(db)) return;
  db.exec(createTables);
  const seed = db.prepare('INSERT OR IGNORE INTO postal_addresses (person_id, address) VALUES (?, ?)');
  db.transaction(() => {
    for (const row of seedAddressRows()) seed.run(row.personId, row.address);
  })();
  ready.add(db);
}

export type DocumentChoiceStatus = 'to-reprint' | 'to-post' | 'awaiting-address';

export interface DocumentChoiceRecord {
  readonly key: string;
  readonly kioskId: string;
  readonly bodyHash: string;
  readonly documentId: string;
  readonly choice: DocumentChoice;
  readonly status: DocumentChoiceStatus;
  readonly reprintCode: string;
  /** The full address the document goes to (post only; null when none is on record). */
  readonly postTo: string | null;
  readonly recordedAt: string;
}

/** A kept document printed again at a kiosk (one per document: document_id is the key). */
export interface DocumentReprintRecord {
  readonly documentId: string;
  readonly key: string;
  readonly kioskId: string;
  readonly bodyHash: string;
  readonly holderId: string;
  readonly reprintedAt: string;
}

/** A stored transaction that issued a document, as the choice route needs it. */
export interface IssuedTransaction {
  readonly documentId: string;
  readonly serviceId: string;
  readonly holderId: string;
}

export function openDocumentChoiceTable(db: Database.Database) {
  ensureTables(db);
  return {
    /** The transaction this kiosk sent and the central stored with a request id; undefined otherwise. */
    issuedBy(key: string, kioskId: string): IssuedTransaction | undefined {
      const row = statement(db, "SELECT request_id AS documentId, body FROM transactions WHERE key = ? AND kiosk_id = ? AND outcome = 'stored'").get(key, kioskId) as { documentId: string | null; body: string } | undefined;
      if (!row?.documentId) return undefined;
      const body = JSON.parse(row.body) as { serviceId?: unknown; holderId?: unknown };
      if (typeof body.serviceId !== 'string' || typeof body.holderId !== 'string') return undefined;
      return { documentId: row.documentId, serviceId: body.serviceId, holderId: body.holderId };
    },
    addressOf(personId: string): string | undefined {
      const row = statement(db, 'SELECT address FROM postal_addresses WHERE person_id = ?').get(personId) as { address: string } | undefined;
      return row?.address;
    },
    find(key: string): DocumentChoiceRecord | undefined {
      const row = statement(db, 'SELECT key, kiosk_id AS kioskId, body_hash AS bodyHash, document_id AS documentId, choice, status, reprint_code AS reprintCode, post_to AS postTo, recorded_at AS recordedAt FROM document_choices WHERE key = ?').get(key) as DocumentChoiceRecord | undefined;
      return row ? { ...row } : undefined;
    },
    /** Reprinting at a counter or another kiosk starts from the code on the receipt. */
    findByReprintCode(reprintCode: string): DocumentChoiceRecord | undefined {
      const row = statement(db, 'SELECT key FROM document_choices WHERE reprint_code = ?').get(reprintCode) as { key: string } | undefined;
      return row ? this.find(row.key) : undefined;
    },
    /** The choice made for a document (a request id), if its printing failed and a choice was recorded. */
    choiceFor(documentId: string): DocumentChoiceRecord | undefined {
      const row = statement(db, 'SELECT key FROM document_choices WHERE document_id = ? ORDER BY recorded_at LIMIT 1').get(documentId) as { key: string } | undefined;
      return row ? this.find(row.key) : undefined;
    },
    /** Who paid for the request and whom it is about: the only people who may have it reprinted. */
    partiesOf(documentId: string): { readonly payerId: string; readonly subjectId: string } | undefined {
      const row = statement(db, 'SELECT holder_id AS payerId, subject_id AS subjectId FROM requests WHERE id = ?').get(documentId) as { payerId: string; subjectId: string } | undefined;
      return row ? { ...row } : undefined;
    },
    reprintOf(documentId: string): DocumentReprintRecord | undefined {
      const row = statement(db, 'SELECT document_id AS documentId, key, kiosk_id AS kioskId, body_hash AS bodyHash, holder_id AS holderId, reprinted_at AS reprintedAt FROM document_reprints WHERE document_id = ?').get(documentId) as DocumentReprintRecord | undefined;
      return row ? { ...row } : undefined;
    },
    reprintByKey(key: string): DocumentReprintRecord | undefined {
      const row = statement(db, 'SELECT document_id AS documentId FROM document_reprints WHERE key = ?').get(key) as { documentId: string } | undefined;
      return row ? this.reprintOf(row.documentId) : undefined;
    },
    insertReprint(record: DocumentReprintRecord): void {
      statement(db, 'INSERT INTO document_reprints (document_id, key, kiosk_id, body_hash, holder_id, reprinted_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        record.documentId, record.key, record.kioskId, record.bodyHash, record.holderId, record.reprintedAt,
      );
    },
    reprintCount(): number {
      return (statement(db, 'SELECT count(*) AS n FROM document_reprints').get() as { n: number }).n;
    },
    insert(record: DocumentChoiceRecord): void {
      statement(db, 'INSERT INTO document_choices (key, kiosk_id, body_hash, document_id, choice, status, reprint_code, post_to, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
        record.key, record.kioskId, record.bodyHash, record.documentId, record.choice, record.status, record.reprintCode, record.postTo, record.recordedAt,
      );
    },
    count(): number {
      return (statement(db, 'SELECT count(*) AS n FROM document_choices').get() as { n: number }).n;
    },
  };
}
