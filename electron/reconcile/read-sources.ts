// Reads the three sources reconciliation compares, straight from their own files (read only):
// the terminal's journal, the kiosk's outbox and the central's database.
import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CentralRecord, OutboxRecord, TerminalPayment } from './reconcile';

export interface ReconcileSources {
  readonly terminal: TerminalPayment[];
  readonly outbox: OutboxRecord[];
  readonly central: CentralRecord[];
}

export function readSources(dataDir: string): ReconcileSources {
  const journalPath = join(dataDir, 'payment-journal.json');
  const terminal = existsSync(journalPath) ? (JSON.parse(readFileSync(journalPath, 'utf8')) as TerminalPayment[]) : [];
  return {
    terminal,
    outbox: readRows(join(dataDir, 'outbox.sqlite'), 'SELECT key, reference, state, amount_minor AS amountMinor, created_at AS createdAt FROM transactions'),
    central: readRows(join(dataDir, 'central', 'central.sqlite'), "SELECT key, amount_minor AS amountMinor, received_at AS receivedAt FROM transactions WHERE outcome = 'stored'"),
  };
}

function readRows<T>(path: string, sql: string): T[] {
  if (!existsSync(path)) return [];
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}
