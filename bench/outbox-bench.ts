// Outbox and sync figures (issue 10): enqueue rate through the outbox against a raw
// better-sqlite3 insert with the same pragmas (WAL, synchronous=FULL, one commit per row),
// and the time to deliver 10,000 queued transactions to the local central simulator.
import Database from 'better-sqlite3';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCentral } from '../central/server';
import { cardHolders } from '../central/seed/people';
import { createHttpCentralClient } from '../electron/central-client/http-central-client';
import { openOutbox } from '../electron/outbox/outbox';
import { createFieldCipher } from '../electron/secrets/field-cipher';
import { createSyncWorker } from '../electron/sync/sync-worker';

const chunk = 100;
const chunks = 30;
const drainCount = 10_000;
const batchSize = 50; // the config default
const quoteConcurrency = 16;

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * Single-row commits through the outbox and through a raw insert with the same pragmas,
 * alternated in small chunks so a slow moment of a shared disk hurts both sides alike.
 */
function enqueueRates(folder: string): { outbox: number; raw: number } {
  const db = new Database(join(folder, 'raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE t (seq INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE, amount_minor INTEGER NOT NULL, payload TEXT NOT NULL, created_at TEXT NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO t (key, amount_minor, payload, created_at) VALUES (?, ?, ?, ?)');
  // as the kiosk opens it: holder, subject and payload sealed (AES-256-GCM) on every write
  const outbox = openOutbox(join(folder, 'enqueue-outbox.sqlite'), { fieldCipher: createFieldCipher(randomBytes(32)) });
  const spent = { outbox: 0, raw: 0 };
  for (let c = 0; c < chunks; c += 1) {
    let started = performance.now();
    for (let i = 0; i < chunk; i += 1) insert.run(randomUUID(), 50000, '{"itemIds":["V-1"]}', new Date().toISOString());
    spent.raw += performance.now() - started;
    started = performance.now();
    for (let i = 0; i < chunk; i += 1) {
      outbox.createPending({ serviceId: 'traffic-fines', holderId: '28412345678', subjectId: '28412345678', quoteId: 'q', quoteVersion: 1, amountMinor: 50000, currency: 'QAR', payload: { itemIds: ['V-1'] } });
    }
    spent.outbox += performance.now() - started;
  }
  db.close();
  outbox.close();
  const perSecond = (ms: number) => (chunk * chunks) / (ms / 1000);
  return { outbox: perSecond(spent.outbox), raw: perSecond(spent.raw) };
}

/** Seconds for the sync worker to deliver `count` paid rows to a local central (setup not timed). */
async function drainSeconds(folder: string, count: number): Promise<{ seconds: number; stored: number }> {
  const central = await startCentral({ dbPath: join(folder, 'central.sqlite'), port: 0 });
  const client = createHttpCentralClient({ baseUrl: central.url, kioskId: 'KIOSK-BENCH-01', timeoutMs: 30_000 });
  const outbox = openOutbox(join(folder, 'drain-outbox.sqlite'), { fieldCipher: createFieldCipher(randomBytes(32)) });
  const payer = cardHolders.resident.idNumber;
  const violationIds = central.control.addViolations(payer, count);
  const quotes = new Array<{ quoteId: string; version: number; amountMinor: number; currency: string }>(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: quoteConcurrency }, async () => {
      for (let i = next++; i < count; i = next++) {
        const quote = await client.quote('traffic-fines', { holderId: payer, subjectId: payer, itemIds: [violationIds[i]!], fields: {} });
        if (!quote.ok) throw new Error(`bench quote failed: ${quote.error.kind}`);
        quotes[i] = quote.value;
      }
    }),
  );
  quotes.forEach((quote, i) => {
    const { key } = outbox.createPending({ serviceId: 'traffic-fines', holderId: payer, subjectId: payer, quoteId: quote.quoteId, quoteVersion: quote.version, amountMinor: quote.amountMinor, currency: quote.currency, payload: { itemIds: [violationIds[i]!] } });
    outbox.markPaid(key, { paymentRef: `PAY-${i}`, authCode: 'A' });
  });
  // The synchronous setup above held the event loop for seconds, so keep-alive sockets the
  // central closed meanwhile may still look open to the client: flush them before timing.
  for (let tries = 0; tries < 3; tries += 1) {
    const beat = await client.heartbeat({ version: 'bench', queueDepth: count, oldestUnsyncedAgeS: 0, devices: {} });
    if (beat.ok) break;
  }
  const worker = createSyncWorker({ outbox, client, batchSize });
  const started = performance.now();
  const report = await worker.syncOnce();
  const seconds = (performance.now() - started) / 1000;
  if (report.error || outbox.counts().synced !== count) throw new Error(`drain incomplete: ${JSON.stringify({ counts: outbox.counts(), report })}`);
  const stored = central.storedTransactionCount();
  outbox.close();
  await central.close();
  return { seconds, stored };
}

export async function runOutboxBench(): Promise<Record<string, number>> {
  const folder = mkdtempSync(join(tmpdir(), 'outbox-bench-'));
  try {
    const rates = enqueueRates(folder);
    const drain = await drainSeconds(folder, drainCount);
    return {
      outbox_enqueue_tx_per_s: Math.round(rates.outbox),
      raw_insert_tx_per_s: Math.round(rates.raw),
      outbox_enqueue_ratio: round(rates.outbox / rates.raw, 3),
      drain_10k_s: round(drain.seconds, 2),
      drain_10k_stored: drain.stored,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
