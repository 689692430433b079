import type Database from 'better-sqlite3';
import type { FieldCipher } from '../../secrets/field-cipher';

/** What a step may need besides the database: the personal-field cipher, when the kiosk has its keys. */
export interface MigrationContext {
  readonly fieldCipher?: FieldCipher;
}

/** One schema step. Never edited once released: add a new one instead (STYLE.md "Outbox"). */
export interface Migration {
  readonly version: number;
  readonly name: string;
  /** `context` is optional: the audit file's migrations share this shape and need none. */
  up(db: Database.Database, context?: MigrationContext): void;
}
