import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { createMemoryLogger } from '../log/logger';
import { openOutbox, tryOpenOutbox, type Outbox } from './outbox';
import { sampleTransaction, tempOutboxPath } from './test-support';
import { OutboxTransitionError } from './types';
import { createFieldCipher } from '../secrets/field-cipher';

const fixedNow = () => new Date('2026-03-04T10:00:00Z');
const opened: Outbox[] = [];
function open(path = tempOutboxPath(), options = {}): Outbox {
  const outbox = openOutbox(path, { now: fixedNow, ...options });
  opened.push(outbox);
  return outbox;
}
afterEach(() => {
  for (const outbox of opened.splice(0)) outbox.close();
});

describe('outbox row lifecycle', () => {
  it('given a new transaction, when it is created, then it is pending with a UUID key, a sequence number and a readable reference', () => {
    const outbox = open();
    const first = outbox.createPending(sampleTransaction());
    const second = outbox.createPending(sampleTransaction());
    expect(first.key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second.key).not.toBe(first.key);
    expect([first.seq, second.seq]).toEqual([1, 2]);
    expect(first.reference).toBe('2026-000001');
    expect(outbox.get(second.key)?.reference).toBe(second.reference);
    expect(outbox.get(first.key)).toMatchObject({ state: 'pending', amountMinor: 50000, payload: { itemIds: ['v-1'] }, attempts: 0 });
    expect(outbox.counts()).toEqual({ pending: 2, paid: 0, synced: 0, voided: 0, dead: 0 });
  });

  it('given paid rows, when listed for sync, then only paid rows come back, oldest sequence first, up to the limit', () => {
    const outbox = open();
    const keys = [1, 2, 3, 4].map(() => outbox.createPending(sampleTransaction()).key);
    outbox.markPaid(keys[2]!, { paymentRef: 'P3', authCode: 'A3' });
    outbox.markPaid(keys[0]!, { paymentRef: 'P1', authCode: 'A1' });
    outbox.markPaid(keys[3]!, { paymentRef: 'P4', authCode: 'A4' });
    expect(outbox.listUnsynced(2).map((t) => t.seq)).toEqual([1, 3]);
    expect(outbox.listUnsynced(10, 1).map((t) => t.seq)).toEqual([3, 4]);
    expect(outbox.listUnsynced(10)[0]).toMatchObject({ state: 'paid', payment: { paymentRef: 'P1', authCode: 'A1' }, paidAt: '2026-03-04T10:00:00.000Z' });
  });

  it('given a paid row, when the central acknowledges it, then it is synced with the central request id and leaves the queue', () => {
    const outbox = open();
    const { key } = outbox.createPending(sampleTransaction());
    outbox.markPaid(key, { paymentRef: 'P', authCode: 'A' });
    outbox.markSynced(key, { requestId: 'R-9' });
    outbox.markSynced(key, { requestId: 'R-9' });
    expect(outbox.get(key)).toMatchObject({ state: 'synced', centralRequestId: 'R-9' });
    expect(outbox.listUnsynced(10)).toEqual([]);
  });

  it('given a dead row, when the queue is listed, then the rows behind it are still there', () => {
    const outbox = open();
    const [a, b] = [outbox.createPending(sampleTransaction()).key, outbox.createPending(sampleTransaction()).key];
    outbox.markPaid(a, { paymentRef: 'P1', authCode: 'A' });
    outbox.markPaid(b, { paymentRef: 'P2', authCode: 'A' });
    outbox.markDead(a, 'central:reason.quote-changed');
    expect(outbox.get(a)).toMatchObject({ state: 'dead', reason: 'central:reason.quote-changed' });
    expect(outbox.listUnsynced(10).map((t) => t.key)).toEqual([b]);
  });

  it('given a declined payment, when the row is voided, then it is never sent and cannot be paid later', () => {
    const outbox = open();
    const { key } = outbox.createPending(sampleTransaction());
    outbox.markVoided(key, 'declined');
    expect(outbox.listUnsynced(10)).toEqual([]);
    expect(() => outbox.markPaid(key, { paymentRef: 'P', authCode: 'A' })).toThrow(OutboxTransitionError);
  });

  it('given a pending row, when it is marked synced or dead, then the lifecycle refuses (only paid rows are sent)', () => {
    const outbox = open();
    const { key } = outbox.createPending(sampleTransaction());
    expect(() => outbox.markSynced(key, { requestId: 'R' })).toThrow(/from pending to synced/);
    expect(() => outbox.markDead(key, 'x')).toThrow(/from pending to dead/);
    expect(() => outbox.markPaid('no-such-key', { paymentRef: 'P', authCode: 'A' })).toThrow(/from missing to paid/);
  });

  it('given a paid row, when payment is recorded again with the same reference, then nothing changes; with another reference, it refuses', () => {
    const outbox = open();
    const { key } = outbox.createPending(sampleTransaction());
    outbox.markPaid(key, { paymentRef: 'P', authCode: 'A' });
    outbox.markPaid(key, { paymentRef: 'P', authCode: 'A' });
    expect(() => outbox.markPaid(key, { paymentRef: 'OTHER', authCode: 'A' })).toThrow(OutboxTransitionError);
  });

  it('given several acknowledgements in one commit, when one of them is refused by the lifecycle, then none of them is applied', () => {
    const outbox = open();
    const a = outbox.createPending(sampleTransaction()).key;
    const b = outbox.createPending(sampleTransaction()).key;
    outbox.markPaid(a, { paymentRef: 'P1', authCode: 'A' });
    expect(() => outbox.atomically(() => {
      outbox.markSynced(a, { requestId: 'R-1' });
      outbox.markSynced(b, { requestId: 'R-2' }); // b is only pending
    })).toThrow(OutboxTransitionError);
    expect(outbox.get(a)?.state).toBe('paid');
    outbox.atomically(() => outbox.markSynced(a, { requestId: 'R-1' }));
    expect(outbox.get(a)?.state).toBe('synced');
  });

  it('given failed sync attempts, when recorded, then technicians see the count and the last error', () => {
    const outbox = open();
    const { key } = outbox.createPending(sampleTransaction());
    outbox.markPaid(key, { paymentRef: 'P', authCode: 'A' });
    outbox.recordAttempt(key, 'unreachable');
    outbox.recordAttempt(key, 'timeout');
    expect(outbox.get(key)).toMatchObject({ attempts: 2, lastError: 'timeout' });
    expect(outbox.oldestUnsyncedPaidAt()).toBe('2026-03-04T10:00:00.000Z');
  });

  it('given a negative or fractional amount, when a row is created, then it is refused', () => {
    const outbox = open();
    expect(() => outbox.createPending(sampleTransaction({ amountMinor: 10.5 }))).toThrow(RangeError);
    expect(() => outbox.createPending(sampleTransaction({ amountMinor: -1 }))).toThrow(RangeError);
  });

  it('given transitions, when logged, then the lines carry the sequence and state but no ID number', () => {
    const logger = createMemoryLogger();
    const outbox = open(tempOutboxPath(), { logger });
    const { key } = outbox.createPending(sampleTransaction());
    outbox.markPaid(key, { paymentRef: 'P', authCode: 'A' });
    expect(logger.lines.map((l) => l.fields)).toEqual([{ to: 'pending', seq: 1 }, { to: 'paid', seq: 1 }]);
    expect(JSON.stringify(logger.lines)).not.toContain('28412345678');
  });
});

describe('outbox durability', () => {
  it('given an open outbox, then it runs in WAL mode with every commit fsynced (synchronous=FULL) and STRICT tables', () => {
    const path = tempOutboxPath();
    open(path);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(String(db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'transactions'").pluck().get())).toMatch(/STRICT/);
    db.close();
    const outbox = opened[0]!;
    expect(outbox.counts().pending).toBe(0);
  });

  it('given a process killed with SIGKILL right after markPaid returned, when the outbox is reopened, then the row is paid', () => {
    const path = tempOutboxPath();
    const script = join(dirname(path), 'pay-then-die.ts');
    writeFileSync(
      script,
      `import { openOutbox } from ${JSON.stringify(join(import.meta.dirname, 'outbox'))};
       const outbox = openOutbox(${JSON.stringify(path)});
       const { key } = outbox.createPending(${JSON.stringify(sampleTransaction())});
       outbox.markPaid(key, { paymentRef: 'P-KILL', authCode: 'A' });
       process.stdout.write(key);
       process.kill(process.pid, 'SIGKILL');`,
    );
    const child = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' });
    expect(child.signal).toBe('SIGKILL');
    const outbox = open(path);
    expect(outbox.get(child.stdout)).toMatchObject({ state: 'paid', payment: { paymentRef: 'P-KILL' } });
  });
});

describe('refunds of dead rows', () => {
  const deadRow = (outbox: Outbox) => {
    const { key } = outbox.createPending(sampleTransaction());
    outbox.markPaid(key, { paymentRef: 'P', authCode: 'A' });
    outbox.markDead(key, 'central:reason.already-paid');
    return key;
  };

  it('given dead rows, when refunds are recorded, then only unrefunded dead rows are listed and each keeps its outcome', () => {
    const outbox = open();
    const [a, b, c] = [deadRow(outbox), deadRow(outbox), deadRow(outbox)];
    const paid = outbox.createPending(sampleTransaction()).key;
    outbox.markPaid(paid, { paymentRef: 'P9', authCode: 'A' });
    expect(outbox.listDeadUnrefunded(10).map((t) => t.key)).toEqual([a, b, c]);
    outbox.recordRefundAttempt(a, 'terminal:offline');
    expect(outbox.get(a)).toMatchObject({ refundAttempts: 1, refundError: 'terminal:offline' });
    outbox.recordRefund(a, { kind: 'reversed' });
    outbox.recordRefund(a, { kind: 'reversed' }); // repeated after a crash: no-op
    outbox.recordRefund(b, { kind: 'requested', refundId: 'RF-1' });
    expect(outbox.listDeadUnrefunded(10).map((t) => t.key)).toEqual([c]);
    expect(outbox.get(a)).toMatchObject({ state: 'dead', refund: { kind: 'reversed', at: '2026-03-04T10:00:00.000Z' } });
    expect(outbox.get(a)?.refundError).toBeUndefined();
    expect(outbox.get(b)?.refund).toEqual({ kind: 'requested', ref: 'RF-1', at: '2026-03-04T10:00:00.000Z' });
  });

  it('given a row that is not dead, or a refund already settled another way, when a refund is recorded, then it refuses', () => {
    const outbox = open();
    const { key } = outbox.createPending(sampleTransaction());
    outbox.markPaid(key, { paymentRef: 'P', authCode: 'A' });
    expect(() => outbox.recordRefund(key, { kind: 'reversed' })).toThrow(OutboxTransitionError);
    const dead = deadRow(outbox);
    outbox.recordRefund(dead, { kind: 'reversed' });
    expect(() => outbox.recordRefund(dead, { kind: 'requested', refundId: 'RF-2' })).toThrow(OutboxTransitionError);
  });
});

describe('retention and privacy at rest', () => {
  it('given synced rows older and newer than the retention, when purged, then only the old synced ones go; paid, dead and voided rows stay', () => {
    let clock = new Date('2026-01-01T00:00:00Z');
    const outbox = open(tempOutboxPath(), { now: () => clock });
    const make = () => {
      const { key } = outbox.createPending(sampleTransaction());
      outbox.markPaid(key, { paymentRef: `P-${key}`, authCode: 'A' });
      return key;
    };
    const oldSynced = make();
    outbox.markSynced(oldSynced, { requestId: 'R-1' });
    const dead = make();
    outbox.markDead(dead, 'x');
    const stillPaid = make();
    clock = new Date('2026-02-15T00:00:00Z');
    const newSynced = make();
    outbox.markSynced(newSynced, { requestId: 'R-2' });
    expect(outbox.purgeSynced('2026-02-01T00:00:00.000Z')).toBe(1);
    expect(outbox.get(oldSynced)).toBeUndefined();
    expect([dead, stillPaid, newSynced].map((k) => outbox.get(k)?.state)).toEqual(['dead', 'paid', 'synced']);
  });

  it('given an outbox with keys, when a row is written, then the file holds its personal fields sealed and the API reads them back', () => {
    const path = tempOutboxPath();
    const outbox = open(path, { fieldCipher: createFieldCipher(Buffer.alloc(32, 5)) });
    const { key } = outbox.createPending(sampleTransaction({ payload: { itemIds: ['v-1'], fields: { phone: '55501234' } } }));
    expect(outbox.get(key)).toMatchObject({ holderId: '28412345678', payload: { fields: { phone: '55501234' } } });
    const raw = new Database(path, { readonly: true });
    const stored = JSON.stringify(raw.prepare('SELECT * FROM transactions').all());
    raw.close();
    expect(stored).not.toContain('28412345678');
    expect(stored).not.toContain('55501234');
  });

  it('given rows sealed with one key, when the outbox is opened with another, then it refuses as unreadable and leaves the file alone', () => {
    const path = tempOutboxPath();
    const first = openOutbox(path, { fieldCipher: createFieldCipher(Buffer.alloc(32, 1)) });
    first.createPending(sampleTransaction());
    first.close();
    expect(tryOpenOutbox(path, { fieldCipher: createFieldCipher(Buffer.alloc(32, 2)) })).toMatchObject({ ok: false, error: { kind: 'unreadable', detail: 'the personal-data key does not open its rows' } });
  });
});
