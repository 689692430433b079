// Shared by the outbox's own tests and by the sync worker's: a throwaway folder and a row.
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewTransaction } from './types';

export function tempOutboxPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'outbox-')), 'outbox.sqlite');
}

export function sampleTransaction(overrides: Partial<NewTransaction> = {}): NewTransaction {
  return {
    serviceId: 'traffic-fines',
    holderId: '28412345678',
    subjectId: '28412345678',
    quoteId: 'q-1',
    quoteVersion: 1,
    amountMinor: 50000,
    currency: 'QAR',
    payload: { itemIds: ['v-1'] },
    ...overrides,
  };
}

/** Page numbers of a table's or index's b-tree pages of one kind (SQLite's dbstat), to damage on purpose. */
export function pagesOf(path: string, name: string, pagetype: 'leaf' | 'internal'): number[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno').pluck().all(name, pagetype) as number[];
  } finally {
    db.close();
  }
}

/** Overwrites whole pages with zeros, as a failing disk sector would (the file must have no WAL left). */
export function zeroPages(path: string, pages: readonly number[]): void {
  if (existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0) throw new Error('checkpoint the WAL before damaging pages');
  const db = new Database(path, { readonly: true, fileMustExist: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const bytes = readFileSync(path);
  for (const page of pages) bytes.fill(0, (page - 1) * pageSize, page * pageSize);
  writeFileSync(path, bytes);
}
