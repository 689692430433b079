// The technicians' audit log: every technician action and configuration change, appended to
// its own SQLite file (<dataDir>/audit.sqlite) as a hash chain. Kept apart from the outbox so
// its schema and its retention never touch the money path.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { err, ok, type Result } from '../../hardware/result';
import type { AuditHead } from '../central-client/contract';
import { loadActorPseudonym } from './actor-pseudonym';
import { genesisHash, hashAuditRow, verifyChain, type AuditRow, type ChainVerdict } from './audit-chain';
import { latestAuditSchemaVersion, migrateAudit } from './migrations';

export const auditFileName = 'audit.sqlite';

export type AuditDetails = Readonly<Record<string, string | number | boolean | null>>;

export interface AuditEntry {
  /**
   * Who: a technician's card number, or `kiosk` / `unknown-card` for what the kiosk saw itself.
   * A card number is stored as a keyed pseudonym (actor-pseudonym.ts), never as given.
   */
  readonly actor: string;
  /** What, as a dotted id: `technician.entered`, `config.saved`, `device.tested`… */
  readonly action: string;
  readonly details?: AuditDetails;
}

export interface AuditLog {
  append(entry: AuditEntry): AuditRow;
  /** The newest rows, newest first. */
  recent(limit: number): readonly AuditRow[];
  count(action: string): number;
  /** How this log names an actor (the keyed pseudonym of a card number), for records kept beside it. */
  actorName(actor: string): string;
  /** The newest row, for the heartbeat's anchor; undefined while the log is empty. */
  head(): AuditHead | undefined;
  verify(): ChainVerdict;
  close(): void;
}

export type AuditOpenError = { readonly kind: 'unusable'; readonly path: string; readonly detail: string } | { readonly kind: 'newer-schema'; readonly path: string; readonly found: number };

const actionFormat = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/;
const actorFormat = /^[A-Za-z0-9-]{1,40}$/;

interface StoredRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  details: string;
  prev_hash: string;
  hash: string;
}

const toRow = (r: StoredRow): AuditRow => ({ seq: r.seq, at: r.at, actor: r.actor, action: r.action, details: r.details, prevHash: r.prev_hash, hash: r.hash });

export function openAuditDatabase(path: string, options: { readonly isReadOnly?: boolean } = {}): Result<Database.Database, AuditOpenError> {
  try {
    if (!options.isReadOnly) mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path, { readonly: options.isReadOnly ?? false, fileMustExist: options.isReadOnly ?? false });
    if (options.isReadOnly) return ok(db);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL'); // an action is on disk before the technician sees it done
    const found = db.pragma('user_version', { simple: true }) as number;
    if (found > latestAuditSchemaVersion) {
      db.close();
      return err({ kind: 'newer-schema', path, found });
    }
    migrateAudit(db);
    return ok(db);
  } catch (cause) {
    return err({ kind: 'unusable', path, detail: cause instanceof Error ? ((cause as NodeJS.ErrnoException).code ?? cause.message) : String(cause) });
  }
}

export function readAuditRows(db: Database.Database): IterableIterator<AuditRow> {
  const rows = db.prepare('SELECT seq, at, actor, action, details, prev_hash, hash FROM audit ORDER BY seq').iterate() as IterableIterator<StoredRow>;
  return (function* () {
    for (const row of rows) yield toRow(row);
  })();
}

export function openAuditLog(path: string, options: { readonly now?: () => Date } = {}): Result<AuditLog, AuditOpenError> {
  // Rows written before pseudonyms hold full numbers; they stay as they are, so the chain over them still verifies.
  const pseudonym = loadActorPseudonym(dirname(path));
  if (!pseudonym.ok) return err({ kind: 'unusable', path: pseudonym.error.path, detail: pseudonym.error.kind === 'unreadable' ? pseudonym.error.detail : 'key is not 32 bytes' });
  const actorName = pseudonym.value;
  const opened = openAuditDatabase(path);
  if (!opened.ok) return opened;
  const db = opened.value;
  const now = options.now ?? (() => new Date());
  const last = db.prepare('SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1');
  const insert = db.prepare('INSERT INTO audit (seq, at, actor, action, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const recent = db.prepare('SELECT seq, at, actor, action, details, prev_hash, hash FROM audit ORDER BY seq DESC LIMIT ?');
  const countAction = db.prepare('SELECT count(*) FROM audit WHERE action = ?').pluck();

  // Read the tail and write the next row in one transaction: two appends never share a seq.
  const appendRow = db.transaction((entry: AuditEntry): AuditRow => {
    const tail = last.get() as { seq: number; hash: string } | undefined;
    const fields = { seq: (tail?.seq ?? 0) + 1, at: now().toISOString(), actor: actorName(entry.actor), action: entry.action, details: JSON.stringify(entry.details ?? {}) };
    const prevHash = tail?.hash ?? genesisHash;
    const hash = hashAuditRow(fields, prevHash);
    insert.run(fields.seq, fields.at, fields.actor, fields.action, fields.details, prevHash, hash);
    return { ...fields, prevHash, hash };
  });

  return ok({
    append(entry) {
      // A malformed action or actor is a bug in the caller, not something to store.
      if (!actionFormat.test(entry.action)) throw new RangeError(`audit: "${entry.action}" is not a dotted action id`);
      if (!actorFormat.test(entry.actor)) throw new RangeError('audit: the actor must be a card number or a plain id');
      return appendRow(entry);
    },
    recent: (limit) => (recent.all(limit) as StoredRow[]).map(toRow),
    count: (action) => countAction.get(action) as number,
    actorName,
    head() {
      const tail = last.get() as { seq: number; hash: string } | undefined;
      return tail ? { rows: tail.seq, headHash: tail.hash } : undefined;
    },
    verify: () => verifyChain(readAuditRows(db)),
    close: () => db.close(),
  });
}

export function describeAuditOpenError(error: AuditOpenError): string {
  return error.kind === 'newer-schema'
    ? `audit log ${error.path} has schema version ${error.found}, newer than this kiosk supports (${latestAuditSchemaVersion})`
    : `audit log ${error.path} cannot be opened (${error.detail})`;
}
