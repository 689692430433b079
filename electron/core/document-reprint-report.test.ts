import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDocumentChoiceTable } from '../../central/documents/document-choice-table';
import { dependants as d } from '../../central/seed/household';
import { cardHolders as h } from '../../central/seed/people';
import type { RunningCentral } from '../../central/server';
import { post, startTestCentral, tempCentralPath } from '../../central/test-support';
import { SimulatedA4Printer } from '../../hardware/a4-printer/simulated-a4-printer';
import { ok } from '../../hardware/result';
import { createDocumentChoiceClient } from '../central-client/document-choice-client';
import { createHttpCentralClient } from '../central-client/http-central-client';
import type { WireTransaction } from '../central-client/wire';
import { choiceStoreMigrations, openDocumentChoiceStore } from '../documents/document-choice-store';
import { sendQueuedReprintReports } from '../documents/send-reprint-reports';
import { createMemoryLogger } from '../log/logger';
import { reprintKeptDocument } from './document-reprint';

const running: RunningCentral[] = [];
afterEach(async () => {
  for (const central of running.splice(0)) await central.close();
});

/** Ahmed paid a residency certificate for Noura that did not print, and chose to reprint it later. */
async function keptCertificate(central: RunningCentral): Promise<string> {
  const holderId = h.resident.idNumber;
  const { body: quote } = await post(central, '/v1/services/certificate/quote', { holderId, subjectId: d.noura.idNumber, itemIds: ['residency'], fields: { language: 'en' } });
  const tx: WireTransaction = {
    key: randomUUID(), seq: 1, reference: '2026-000001', serviceId: 'certificate', holderId, subjectId: d.noura.idNumber, quoteId: quote.quoteId, quoteVersion: quote.version,
    amountMinor: quote.amountMinor, currency: 'QAR', payload: { itemIds: ['residency'], fields: { language: 'en' } }, payment: { paymentRef: 'PAY-1', authCode: 'A1' }, paidAt: '2026-03-04T10:00:00Z',
  };
  const stored = await post(central, '/v1/transactions/batch', { transactions: [tx] });
  await post(central, '/v1/documents/choice', { key: tx.key, choice: 'reprint', reprintCode: 'H4RT-9PZC' });
  return stored.body.results[0].requestId as string;
}

/** A kiosk with a ready A4 printer; its link to the central fails while `link.isDown`. */
function kiosk(central: RunningCentral) {
  const link = { isDown: false };
  const flakyFetch: typeof fetch = (input, init) => (link.isDown ? Promise.reject(new Error('network down')) : fetch(input, init));
  const opened = openDocumentChoiceStore(join(mkdtempSync(join(tmpdir(), 'choices-')), 'document-choices.sqlite'));
  if (!opened.ok) throw new Error(opened.error.detail);
  const store = opened.value;
  const logger = createMemoryLogger();
  const a4 = new SimulatedA4Printer();
  const client = createDocumentChoiceClient({ baseUrl: central.url, kioskId: 'KIOSK-TEST-01', timeoutMs: 2_000, fetchImpl: flakyFetch });
  const deps = {
    printing: {
      central: createHttpCentralClient({ baseUrl: central.url, kioskId: 'KIOSK-TEST-01', timeoutMs: 2_000 }),
      a4Printer: a4, kioskId: 'KIOSK-TEST-01', logger, waitMs: 0,
      renderPdf: async () => ok(new TextEncoder().encode('%PDF reprint')),
      follow: { pollMs: 1, patienceMs: 1_000, delay: async () => {} },
    },
    client, store, now: () => new Date('2026-03-04T11:00:00Z'),
  };
  return { link, store, a4, deps, logger };
}

describe('a reprint made here is kept on the kiosk until the central has it', () => {
  it('given the central is down when the paper comes out, then the report is kept; at the next sync pass it is sent and recorded once', async () => {
    const dbPath = tempCentralPath();
    const central = await startTestCentral({ dbPath });
    running.push(central);
    const documentId = await keptCertificate(central);
    const { link, store, a4, deps } = kiosk(central);
    const request = { holderId: h.resident.idNumber, action: { kind: 'reprint-document' as const, serviceId: 'certificate', documentId } };

    link.isDown = true;
    expect(await reprintKeptDocument(deps, request)).toBe('reprinted');
    expect(a4.printed()).toHaveLength(1);
    expect(store.listQueuedReprints(10)).toEqual([expect.objectContaining({ documentId, holderId: h.resident.idNumber, state: 'queued', attempts: 1 })]);
    expect(openDocumentChoiceTable(new Database(dbPath)).reprintOf(documentId)).toBeUndefined();

    link.isDown = false;
    expect(await sendQueuedReprintReports({ store, client: deps.client, logger: deps.printing.logger })).toEqual({ sent: 1, queued: 0, refused: 0 });
    expect(await sendQueuedReprintReports({ store, client: deps.client, logger: deps.printing.logger })).toEqual({ sent: 0, queued: 0, refused: 0 });
    const table = openDocumentChoiceTable(new Database(dbPath));
    expect(table.reprintCount()).toBe(1);
    expect(table.reprintOf(documentId)).toMatchObject({ kioskId: 'KIOSK-TEST-01', holderId: h.resident.idNumber });
    // acknowledged: the holder's ID number is no longer kept on the kiosk
    const key = table.reprintOf(documentId)?.key ?? '';
    expect(store.reprint(key)).toEqual(expect.objectContaining({ state: 'sent' }));
    expect(store.reprint(key)?.holderId).toBeUndefined();
  });

  it('given the central is up, then the report is sent at once and nothing stays queued', async () => {
    const central = await startTestCentral();
    running.push(central);
    const documentId = await keptCertificate(central);
    const { store, deps } = kiosk(central);
    expect(await reprintKeptDocument(deps, { holderId: h.resident.idNumber, action: { kind: 'reprint-document', serviceId: 'certificate', documentId } })).toBe('reprinted');
    expect(store.listQueuedReprints(10)).toEqual([]);
  });

  it('given a choice file from before reprint reports (version 1), when it is opened, then its queued choice stands and reports can be kept', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'choices-')), 'document-choices.sqlite');
    const v1 = new Database(path);
    v1.exec(choiceStoreMigrations[0] ?? '');
    v1.pragma('user_version = 1');
    v1.prepare("INSERT INTO document_choices (key, choice, reprint_code, chosen_at, state) VALUES ('key-1', 'reprint', 'K7QM-3XWD', '2026-03-04T10:00:00Z', 'queued')").run();
    v1.close();
    const opened = openDocumentChoiceStore(path);
    if (!opened.ok) throw new Error(opened.error.detail);
    expect(opened.value.listQueued(10)).toEqual([expect.objectContaining({ key: 'key-1', choice: 'reprint', reprintCode: 'K7QM-3XWD' })]);
    expect(opened.value.queueReprint({ key: 'copy-1', documentId: 'REQ-2026-000900', holderId: h.resident.idNumber }, new Date('2026-03-04T11:00:00Z')).state).toBe('queued');
  });

  it('given the kiosk restarts with a report still queued, then it is still there to send', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'choices-')), 'document-choices.sqlite');
    const first = openDocumentChoiceStore(path);
    if (!first.ok) throw new Error(first.error.detail);
    first.value.queueReprint({ key: 'copy-1', documentId: 'REQ-2026-000900', holderId: h.resident.idNumber }, new Date('2026-03-04T11:00:00Z'));
    first.value.close();
    const again = openDocumentChoiceStore(path);
    expect(again.ok && again.value.listQueuedReprints(10).map((r) => r.key)).toEqual(['copy-1']);
  });
});
