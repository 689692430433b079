// The kiosk's durable record of what people chose for paid documents that did not print, and
// of kept documents reprinted here, written before anything is sent (DESIGN.md "durable write
// first"), so a choice or a reprint report survives the central being out of reach, a crash or
// a restart: the sender keeps trying until the central has it. Its own SQLite file (WAL, every
// commit fsynced, STRICT), as the audit log has: a choice keeps only the transaction key, the
// choice and the reprint code; a reprint report keeps the holder's ID number only until the
// central has acknowledged it (the central checks the report against it).
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { err, ok, type Result } from '../../hardware/result';
import type { DocumentChoice, DocumentChoiceResponse } from '../central-client/document-choice-wire';
import type { DocumentReprintedResponse } from '../central-client/document-reprint-wire';

/** Numbered, never edited once shipped (STYLE.md "Outbox"); index i brings the file to version i + 1. */
const migrations: readonly string[] = [
  `CREATE TABLE document_choices (
     key TEXT PRIMARY KEY, choice TEXT NOT NULL CHECK (choice IN ('reprint', 'post')), reprint_code TEXT NOT NULL UNIQUE,
     chosen_at TEXT NOT NULL, state TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'refused')),
     attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, answer TEXT
   ) STRICT;
   CREATE INDEX document_choices_queued ON document_choices (state, chosen_at);`,
  // a kept document printed again here, kept until the central acknowledges the report (or the
  // certificate could be printed a second time elsewhere); holder_id is what the central checks
  // the report against, and is cleared once the report is acknowledged
  `CREATE TABLE reprint_reports (
     key TEXT PRIMARY KEY, document_id TEXT NOT NULL, holder_id TEXT, printed_at TEXT NOT NULL,
     state TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'refused')), attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, answer TEXT
   ) STRICT;
   CREATE INDEX reprint_reports_queued ON reprint_reports (state, printed_at);`,
];

/** Exported for the migration test (N-1 to N over seeded rows). */
export const choiceStoreMigrations = migrations;

export type ChoiceState = 'queued' | 'sent' | 'refused';

export interface StoredChoice {
  readonly key: string;
  readonly choice: DocumentChoice;
  readonly reprintCode: string;
  readonly chosenAt: string;
  readonly state: ChoiceState;
  readonly attempts: number;
  /** What the central answered once it recorded the choice. */
  readonly answer?: DocumentChoiceResponse;
}

/** A reprint report still to be acknowledged (queued), acknowledged (sent) or refused for good. */
export interface StoredReprintReport {
  readonly key: string;
  readonly documentId: string;
  /** Absent once the central has the report. */
  readonly holderId?: string;
  readonly printedAt: string;
  readonly state: ChoiceState;
  readonly attempts: number;
}

interface ReprintRow { key: string; document_id: string; holder_id: string | null; printed_at: string; state: ChoiceState; attempts: number }

const reprintOf = (row: ReprintRow): StoredReprintReport => ({
  key: row.key, documentId: row.document_id, ...(row.holder_id ? { holderId: row.holder_id } : {}), printedAt: row.printed_at, state: row.state, attempts: row.attempts,
});
const reprintColumns = 'key, document_id, holder_id, printed_at, state, attempts';

export type ChoiceStoreError = { readonly kind: 'unusable'; readonly path: string; readonly detail: string };

interface Row { key: string; choice: DocumentChoice; reprint_code: string; chosen_at: string; state: ChoiceState; attempts: number; answer: string | null }

function fromRow(row: Row): StoredChoice {
  return { key: row.key, choice: row.choice, reprintCode: row.reprint_code, chosenAt: row.chosen_at, state: row.state, attempts: row.attempts, ...(row.answer ? { answer: JSON.parse(row.answer) as DocumentChoiceResponse } : {}) };
}

export function openDocumentChoiceStore(path: string): Result<DocumentChoiceStore, ChoiceStoreError> {
  let db: Database.Database | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    // FULL: a choice reaches the disk before the person is told it is recorded.
    db.pragma('synchronous = FULL');
    const found = db.pragma('user_version', { simple: true }) as number;
    if (found > migrations.length) throw new Error(`schema ${found} is newer than this kiosk's ${migrations.length}`);
    const database = db;
    database.transaction(() => {
      for (let version = found; version < migrations.length; version += 1) database.exec(migrations[version] ?? '');
      database.pragma(`user_version = ${migrations.length}`);
    })();
    return ok(new DocumentChoiceStore(database));
  } catch (cause) {
    // a file that cannot be opened, is not SQLite or is newer: the caller carries on without it and logs the path
    db?.close();
    return err({ kind: 'unusable', path, detail: cause instanceof Error ? cause.message.split('\n')[0] ?? '' : String(cause) });
  }
}

export class DocumentChoiceStore {
  constructor(private readonly db: Database.Database) {}

  /**
   * Records the choice for a key once: a second call (a double press, a retried actor) returns
   * the first record unchanged, so the reprint code on the receipt never changes.
   */
  choose(key: string, choice: DocumentChoice, makeReprintCode: () => string, now: Date): StoredChoice {
    const earlier = this.get(key);
    if (earlier) return earlier;
    this.db.prepare("INSERT INTO document_choices (key, choice, reprint_code, chosen_at, state) VALUES (?, ?, ?, ?, 'queued')").run(key, choice, makeReprintCode(), now.toISOString());
    const stored = this.get(key);
    if (!stored) throw new Error('document choice vanished after insert');
    return stored;
  }

  get(key: string): StoredChoice | undefined {
    const row = this.db.prepare('SELECT key, choice, reprint_code, chosen_at, state, attempts, answer FROM document_choices WHERE key = ?').get(key) as Row | undefined;
    return row ? fromRow(row) : undefined;
  }

  /** Oldest first, as they were chosen. */
  listQueued(limit: number): StoredChoice[] {
    return (this.db.prepare("SELECT key, choice, reprint_code, chosen_at, state, attempts, answer FROM document_choices WHERE state = 'queued' ORDER BY chosen_at, key LIMIT ?").all(limit) as Row[]).map(fromRow);
  }

  markSent(key: string, answer: DocumentChoiceResponse): void {
    this.db.prepare("UPDATE document_choices SET state = 'sent', attempts = attempts + 1, last_error = NULL, answer = ? WHERE key = ?").run(JSON.stringify(answer), key);
  }

  /** The central will never take it (its transaction went dead: the payment is refunded instead). */
  markRefused(key: string, reason: string): void {
    this.db.prepare("UPDATE document_choices SET state = 'refused', attempts = attempts + 1, last_error = ? WHERE key = ?").run(reason, key);
  }

  recordAttempt(key: string, error: string): void {
    this.db.prepare('UPDATE document_choices SET attempts = attempts + 1, last_error = ? WHERE key = ?').run(error, key);
  }

  /** Written before the report is first sent; the same key again changes nothing. */
  queueReprint(report: { readonly key: string; readonly documentId: string; readonly holderId: string }, now: Date): StoredReprintReport {
    this.db.prepare("INSERT OR IGNORE INTO reprint_reports (key, document_id, holder_id, printed_at, state) VALUES (?, ?, ?, ?, 'queued')").run(report.key, report.documentId, report.holderId, now.toISOString());
    const stored = this.reprint(report.key);
    if (!stored) throw new Error('reprint report vanished after insert');
    return stored;
  }

  reprint(key: string): StoredReprintReport | undefined {
    const row = this.db.prepare(`SELECT ${reprintColumns} FROM reprint_reports WHERE key = ?`).get(key) as ReprintRow | undefined;
    return row ? reprintOf(row) : undefined;
  }

  /** Oldest first. */
  listQueuedReprints(limit: number): StoredReprintReport[] {
    return (this.db.prepare(`SELECT ${reprintColumns} FROM reprint_reports WHERE state = 'queued' ORDER BY printed_at, key LIMIT ?`).all(limit) as ReprintRow[]).map(reprintOf);
  }

  markReprintSent(key: string, answer: DocumentReprintedResponse): void {
    this.db.prepare("UPDATE reprint_reports SET state = 'sent', attempts = attempts + 1, last_error = NULL, holder_id = NULL, answer = ? WHERE key = ?").run(JSON.stringify(answer), key);
  }

  /** The central will never take it (already reprinted elsewhere, or not this person's): technicians see it in the log. */
  markReprintRefused(key: string, reason: string): void {
    this.db.prepare("UPDATE reprint_reports SET state = 'refused', attempts = attempts + 1, last_error = ?, holder_id = NULL WHERE key = ?").run(reason, key);
  }

  recordReprintAttempt(key: string, error: string): void {
    this.db.prepare('UPDATE reprint_reports SET attempts = attempts + 1, last_error = ? WHERE key = ?').run(error, key);
  }

  close(): void {
    this.db.close();
  }
}
