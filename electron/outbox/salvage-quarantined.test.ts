import Database from 'better-sqlite3';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../log/logger';
import { createFieldCipher } from '../secrets/field-cipher';
import { quarantineOutbox } from './open-database';
import { openOutbox, type Outbox } from './outbox';
import { readQuarantinedOutbox } from './read-quarantined';
import { salvageQuarantined } from './salvage-quarantined';
import { listQuarantined } from './salvage-record';
import { pagesOf, sampleTransaction, tempOutboxPath, zeroPages } from './test-support';

const cipher = createFieldCipher(Buffer.alloc(32, 7));
const now = () => new Date('2026-05-01T08:00:00Z');

/** An outbox with `count` rows: every third synced, the rest paid; closed (WAL checkpointed). */
function seededOutbox(count: number): { path: string; keys: string[] } {
  const path = tempOutboxPath();
  const outbox = openOutbox(path, { fieldCipher: cipher, now });
  const keys: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const { key } = outbox.createPending(sampleTransaction({ payload: { itemIds: [`v-${i}`], note: 'n'.repeat(120) } }));
    outbox.markPaid(key, { paymentRef: `PAY-${i}`, authCode: 'A1' });
    if (i % 3 === 0) outbox.markSynced(key, { requestId: `REQ-${i}` });
    keys.push(key);
  }
  outbox.close();
  return { path, keys };
}

function reopenFresh(path: string): Outbox {
  return openOutbox(path, { fieldCipher: cipher, now });
}

describe('salvaging a quarantined outbox', () => {
  it('given the key index damaged and the table whole, when salvaged, then every row comes back with its key, seq, state and sealed fields, and new rows continue after it', () => {
    const { path, keys } = seededOutbox(30);
    zeroPages(path, pagesOf(path, 'sqlite_autoindex_transactions_1', 'leaf'));
    const aside = quarantineOutbox(path, now());
    const outbox = reopenFresh(path);
    const logger = createMemoryLogger();

    const gate = salvageQuarantined(path, outbox, { now, logger });

    expect(gate.salvagedNow).toMatchObject([{ imported: 30, alreadyPresent: 0, lost: [], isHeaderReadable: true, isCountKnown: true }]);
    expect(gate.isHoldingPayments()).toBe(false);
    expect(outbox.counts()).toMatchObject({ paid: 20, synced: 10 });
    expect(outbox.listUnsynced(100).map((t) => t.key)).toEqual(keys.filter((_, i) => i % 3 !== 0));
    expect(outbox.get(keys[4] ?? '')).toMatchObject({ seq: 5, reference: '2026-000005', state: 'paid', holderId: '28412345678', payload: { itemIds: ['v-4'] }, payment: { paymentRef: 'PAY-4' } });
    expect(outbox.get(keys[3] ?? '')).toMatchObject({ state: 'synced', centralRequestId: 'REQ-3' });
    expect(outbox.createPending(sampleTransaction()).seq).toBe(31);
    expect(existsSync(`${aside}.salvage.json`)).toBe(true);
    expect(logger.lines.find((l) => l.event === 'outbox.salvaged')?.fields).toMatchObject({ imported: 30, lost: 0 });
    outbox.close();
  });

  it('given a leaf page of the table zeroed, when salvaged, then the rows on the other pages come back, the lost ones are named by seq and key, and payments are held until acknowledged', () => {
    const { path, keys } = seededOutbox(120);
    const leaves = pagesOf(path, 'transactions', 'leaf');
    expect(leaves.length).toBeGreaterThan(4);
    zeroPages(path, [leaves[Math.floor(leaves.length / 2)] ?? 0]);
    quarantineOutbox(path, now());
    const outbox = reopenFresh(path);

    const gate = salvageQuarantined(path, outbox, { now, logger: createMemoryLogger() });

    const [record] = gate.salvagedNow;
    const lost = record?.lost ?? [];
    expect(lost.length).toBeGreaterThan(0);
    expect(record?.imported).toBe(120 - lost.length);
    // the key index lives on other pages: each lost row is named by its idempotency key too
    expect(lost.map((row) => row.key)).toEqual(lost.map((row) => keys[row.seq - 1]));
    expect(lost.every((row) => row.why === 'unreadable')).toBe(true);
    const lostSeqs = new Set(lost.map((row) => row.seq));
    for (const [i, key] of keys.entries()) expect(outbox.get(key) === undefined).toBe(lostSeqs.has(i + 1));
    expect(gate.isHoldingPayments()).toBe(true);
    expect(gate.outstanding()).toHaveLength(1);

    expect(gate.acknowledge()).toHaveLength(1);
    expect(gate.isHoldingPayments()).toBe(false);
    // the acknowledgement is on disk: the next start does not hold payments again
    const again = salvageQuarantined(path, outbox, { now, logger: createMemoryLogger() });
    expect(again.salvagedNow).toEqual([]);
    expect(again.isHoldingPayments()).toBe(false);
    outbox.close();
  });

  it('given a file salvaged once and its record lost before it was written, when salvaged again, then nothing is imported twice', () => {
    const { path } = seededOutbox(12);
    zeroPages(path, pagesOf(path, 'sqlite_autoindex_transactions_1', 'leaf'));
    const aside = quarantineOutbox(path, now());
    const outbox = reopenFresh(path);
    expect(salvageQuarantined(path, outbox, { now, logger: createMemoryLogger() }).salvagedNow[0]?.imported).toBe(12);
    const before = outbox.counts();

    expect(salvageQuarantined(path, outbox, { now, logger: createMemoryLogger() }).salvagedNow).toEqual([]);
    rmSync(`${aside}.salvage.json`); // as if the kiosk died between the import's commit and the record
    const redone = salvageQuarantined(path, outbox, { now, logger: createMemoryLogger() });

    expect(redone.salvagedNow).toMatchObject([{ imported: 0, alreadyPresent: 12, lost: [] }]);
    expect(outbox.counts()).toEqual(before);
    outbox.close();
  });

  it('given a quarantined file that is not a database at all, when salvaged, then the header is reported unreadable, the count unknown, and payments are held', () => {
    const path = tempOutboxPath();
    writeFileSync(path, Buffer.alloc(8192, 0x5a));
    quarantineOutbox(path, now());
    const outbox = reopenFresh(path);

    const gate = salvageQuarantined(path, outbox, { now, logger: createMemoryLogger() });

    expect(gate.salvagedNow).toMatchObject([{ isHeaderReadable: false, isCountKnown: false, imported: 0, detail: 'SQLITE_NOTADB' }]);
    expect(gate.isHoldingPayments()).toBe(true);
    expect(readQuarantinedOutbox(listQuarantined(path)[0]?.path ?? '')).toMatchObject({ kind: 'header-unreadable' });
    outbox.close();
  });

  it('given a file quarantined before salvage existed and a fresh outbox that already gave out its first seqs, when salvaged, then the rows whose seq is taken are lost as seq-taken (a new seq would change their reference) and payments are held', () => {
    const { path, keys } = seededOutbox(3);
    quarantineOutbox(path, now());
    const outbox = reopenFresh(path);
    outbox.createPending(sampleTransaction());
    outbox.createPending(sampleTransaction());

    const gate = salvageQuarantined(path, outbox, { now, logger: createMemoryLogger() });

    expect(gate.salvagedNow).toMatchObject([{ imported: 1, lost: [{ seq: 1, key: keys[0], why: 'seq-taken' }, { seq: 2, key: keys[1], why: 'seq-taken' }] }]);
    expect(outbox.get(keys[2] ?? '')).toMatchObject({ seq: 3, state: 'paid' });
    expect(gate.isHoldingPayments()).toBe(true);
    outbox.close();
  });

  it('given a row whose sealed payload was damaged in place, when salvaged, then that row is lost as unopenable and the others are imported', () => {
    const { path, keys } = seededOutbox(3);
    // bytes changed in place inside a record that still parses: the GCM tag no longer matches
    const db = new Database(path);
    db.prepare("UPDATE transactions SET payload = 'aes1:AAAA' || substr(payload, 10) WHERE seq = 2").run();
    db.close();
    quarantineOutbox(path, now());
    const outbox = reopenFresh(path);

    const gate = salvageQuarantined(path, outbox, { now, logger: createMemoryLogger() });

    expect(gate.salvagedNow).toMatchObject([{ imported: 2, lost: [{ seq: 2, key: keys[1], why: 'unopenable' }] }]);
    expect(readdirSync(dirname(path)).filter((f) => f.endsWith('.salvage.json'))).toHaveLength(1);
    outbox.close();
  });
});
