import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { createFieldCipher } from '../../secrets/field-cipher';
import { openOutbox } from '../outbox';
import { tempOutboxPath } from '../test-support';
import { latestSchemaVersion, migrate } from './index';

// Signal's pattern: migrate to N-1, seed rows the way that version wrote them, migrate to N, assert.
function atVersion(version: number): { db: Database.Database; path: string } {
  const path = tempOutboxPath();
  const db = new Database(path);
  migrate(db, version);
  return { db, path };
}

const seedV1 = (db: Database.Database) => {
  const insert = db.prepare(`INSERT INTO transactions (key, state, service_id, holder_id, subject_id, quote_id, quote_version, amount_minor, currency, payload, payment_ref, auth_code, created_at, paid_at, updated_at)
    VALUES (?, ?, 'traffic-fines', '28412345678', '28412345678', 'q', 1, 30000, 'QAR', '{"itemIds":["v-1"]}', ?, ?, '2025-12-31T23:00:00Z', ?, '2025-12-31T23:00:00Z')`);
  insert.run('k-pending', 'pending', null, null, null);
  insert.run('k-paid', 'paid', 'P', 'A', '2025-12-31T23:01:00Z');
  insert.run('k-synced', 'synced', 'P2', 'A2', '2025-12-31T23:02:00Z');
};

describe('outbox migrations', () => {
  it('given an empty file, when migrated to 1, then the transactions table is STRICT and refuses a state outside the lifecycle', () => {
    const { db } = atVersion(1);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const insert = (state: string, amount: unknown) =>
      db.prepare(`INSERT INTO transactions (key, state, service_id, holder_id, subject_id, quote_id, quote_version, amount_minor, currency, payload, created_at, updated_at)
        VALUES (?, ?, 's', 'h', 's', 'q', 1, ?, 'QAR', '{}', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`).run(String(Math.random()), state, amount);
    expect(() => insert('lost', 1)).toThrow(/CHECK constraint/);
    expect(() => insert('paid', 'ten')).toThrow(/cannot store TEXT value in INTEGER column/);
    insert('paid', 1);
    expect(db.prepare('SELECT reference FROM transactions').pluck().get()).toBe('2026-000001'); // refused inserts do not use up a sequence number
    db.close();
  });

  it('given seeded version-1 rows, when migrated to 2, then every row keeps its values and gains zero attempts', () => {
    const { db } = atVersion(1);
    seedV1(db);
    migrate(db, 2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    const rows = db.prepare('SELECT key, state, reference, amount_minor, payment_ref, attempts, last_error FROM transactions ORDER BY seq').all();
    expect(rows).toEqual([
      { key: 'k-pending', state: 'pending', reference: '2025-000001', amount_minor: 30000, payment_ref: null, attempts: 0, last_error: null },
      { key: 'k-paid', state: 'paid', reference: '2025-000002', amount_minor: 30000, payment_ref: 'P', attempts: 0, last_error: null },
      { key: 'k-synced', state: 'synced', reference: '2025-000003', amount_minor: 30000, payment_ref: 'P2', attempts: 0, last_error: null },
    ]);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name = 'transactions_state_seq'").pluck().get()).toBe('transactions_state_seq');
    db.close();
  });

  it('given seeded version-2 rows, when migrated to 3, then the paid queue is read through the partial index and holds only paid rows', () => {
    const { db } = atVersion(1);
    seedV1(db);
    migrate(db, 2);
    db.prepare("UPDATE transactions SET attempts = 4, last_error = 'timeout' WHERE key = 'k-paid'").run();
    migrate(db, 3);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.prepare("SELECT key, attempts, last_error FROM transactions WHERE state = 'paid' ORDER BY seq").all()).toEqual([{ key: 'k-paid', attempts: 4, last_error: 'timeout' }]);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT * FROM transactions WHERE state = 'paid' ORDER BY seq LIMIT 10").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('transactions_paid_seq');
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'transactions_state_seq'").get()).toBeUndefined();
    db.close();
  });

  it('given a version-1 file with a paid row, when the outbox opens it, then it is upgraded and the row is queued for sync, and new rows continue the sequence', () => {
    const { db, path } = atVersion(1);
    seedV1(db);
    db.close();
    const outbox = openOutbox(path, { now: () => new Date('2026-02-01T00:00:00Z') });
    expect(outbox.listUnsynced(10).map((t) => t.key)).toEqual(['k-paid']);
    expect(outbox.createPending({ serviceId: 's', holderId: 'h', subjectId: 'h', quoteId: 'q', quoteVersion: 1, amountMinor: 1, currency: 'QAR', payload: {} }).reference).toBe('2026-000004');
    outbox.close();
    const reopened = new Database(path, { readonly: true });
    expect(reopened.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    reopened.close();
  });

  it('given seeded version-3 rows, one of them dead, when migrated to 4, then every row has no refund yet and only a dead row can take one', () => {
    const { db } = atVersion(1);
    seedV1(db);
    migrate(db, 3);
    db.prepare("UPDATE transactions SET state = 'dead', reason = 'central:reason.already-paid' WHERE key = 'k-paid'").run();
    migrate(db, 4);
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(db.prepare('SELECT key, state, refund_state, refund_ref, refund_attempts FROM transactions ORDER BY seq').all()).toEqual([
      { key: 'k-pending', state: 'pending', refund_state: null, refund_ref: null, refund_attempts: 0 },
      { key: 'k-paid', state: 'dead', refund_state: null, refund_ref: null, refund_attempts: 0 },
      { key: 'k-synced', state: 'synced', refund_state: null, refund_ref: null, refund_attempts: 0 },
    ]);
    const setRefund = (key: string, refund: string) => db.prepare('UPDATE transactions SET refund_state = ? WHERE key = ?').run(refund, key);
    expect(() => setRefund('k-synced', 'reversed')).toThrow(/CHECK constraint/);
    expect(() => setRefund('k-paid', 'lost')).toThrow(/CHECK constraint/);
    setRefund('k-paid', 'reversed');
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT * FROM transactions WHERE state = 'dead' AND refund_state IS NULL ORDER BY seq").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('transactions_dead_unrefunded');
    db.close();
  });

  it('given seeded version-4 rows in clear, when migrated to 5 with the kiosk keys, then holder, subject and payload are sealed, open again, and nothing else changed', () => {
    const { db } = atVersion(1);
    seedV1(db);
    migrate(db, 4);
    const before = db.prepare('SELECT key, state, amount_minor, payment_ref, created_at FROM transactions ORDER BY seq').all();
    const cipher = createFieldCipher(Buffer.alloc(32, 9));
    migrate(db, 5, { fieldCipher: cipher });
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    const rows = db.prepare('SELECT key, holder_id, subject_id, payload FROM transactions ORDER BY seq').all() as { key: string; holder_id: string; subject_id: string; payload: string }[];
    for (const row of rows) {
      for (const column of ['holder_id', 'subject_id', 'payload'] as const) expect(row[column]).toMatch(/^aes1:/);
      expect(cipher.open(row.holder_id, row.key, 'holder_id')).toBe('28412345678');
      expect(JSON.parse(cipher.open(row.payload, row.key, 'payload'))).toEqual({ itemIds: ['v-1'] });
    }
    expect(db.prepare('SELECT key, state, amount_minor, payment_ref, created_at FROM transactions ORDER BY seq').all()).toEqual(before);
    db.close();
  });

  it('given a version-4 file, when the outbox opens it with keys, then the raw file holds no ID number and the rows read back whole', () => {
    const { db, path } = atVersion(1);
    seedV1(db);
    migrate(db, 4);
    db.close();
    const outbox = openOutbox(path, { fieldCipher: createFieldCipher(Buffer.alloc(32, 3)) });
    expect(outbox.get('k-paid')).toMatchObject({ holderId: '28412345678', subjectId: '28412345678', payload: { itemIds: ['v-1'] } });
    outbox.close();
    // the bytes on disk, free pages included (secure_delete zeroes what was overwritten)
    expect(readFileSync(path).toString('latin1')).not.toContain('28412345678');
    expect(existsSync(`${path}-wal`) ? readFileSync(`${path}-wal`).toString('latin1') : '').not.toContain('28412345678');
  });
});
