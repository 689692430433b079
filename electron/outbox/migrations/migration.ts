import type Database from 'better-sqlite3';

/** One schema step. Never edited once released: add a new one instead (STYLE.md "Outbox"). */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database.Database): void;
}
