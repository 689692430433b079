import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { WireTransaction } from '../../electron/central-client/wire';
import { dependants as d } from '../seed/household';
import { cardHolders as h } from '../seed/people';
import type { RunningCentral } from '../server';
import { post, startTestCentral, tempCentralPath } from '../test-support';
import { openDocumentChoiceTable } from './document-choice-table';

const running: RunningCentral[] = [];
afterEach(async () => {
  for (const central of running.splice(0)) await central.close();
});
async function start(dbPath = tempCentralPath()): Promise<RunningCentral> {
  const central = await startTestCentral({ dbPath });
  running.push(central);
  return central;
}

/** Ahmed pays a residency certificate for Noura (his spouse), and the kiosk could not print it. */
async function keptCertificate(central: RunningCentral, choice: 'reprint' | 'post') {
  const holderId = h.resident.idNumber;
  const { body: quote } = await post(central, '/v1/services/certificate/quote', { holderId, subjectId: d.noura.idNumber, itemIds: ['residency'], fields: { language: 'en' } });
  const tx: WireTransaction = {
    key: randomUUID(), seq: 1, reference: '2026-000001', serviceId: 'certificate', holderId, subjectId: d.noura.idNumber, quoteId: quote.quoteId, quoteVersion: quote.version,
    amountMinor: quote.amountMinor, currency: 'QAR', payload: { itemIds: ['residency'], fields: { language: 'en' } }, payment: { paymentRef: 'PAY-1', authCode: 'A1' }, paidAt: '2026-03-04T10:00:00Z',
  };
  const stored = await post(central, '/v1/transactions/batch', { transactions: [tx] });
  const documentId = stored.body.results[0].requestId as string;
  expect(await post(central, '/v1/documents/choice', { key: tx.key, choice, reprintCode: 'H4RT-9PZC' })).toMatchObject({ status: 201 });
  return documentId;
}

type Row = { labelValues: { number: string }; statusKey: string; action?: unknown };
async function myRequestRow(central: RunningCentral, holderId: string, documentId: string): Promise<Row | undefined> {
  const answer = await post(central, '/v1/services/my-requests/info', { holderId });
  return (answer.body.rows as Row[]).find((r) => r.labelValues.number === documentId);
}

describe('a kept certificate in my-requests, reprinted at any kiosk', () => {
  it('given a certificate kept for a reprint, when Ahmed opens my requests, then it is ready to print with the action to print it', async () => {
    const central = await start();
    const documentId = await keptCertificate(central, 'reprint');
    expect(await myRequestRow(central, h.resident.idNumber, documentId)).toMatchObject({
      statusKey: 'central:status.document-ready-to-print',
      action: { kind: 'reprint-document', serviceId: 'certificate', documentId },
    });
  });

  it('given it is reprinted at a kiosk, when the report comes twice under one key, then it is recorded once and no longer printable', async () => {
    const dbPath = tempCentralPath();
    const central = await start(dbPath);
    const documentId = await keptCertificate(central, 'reprint');
    const report = { key: randomUUID(), documentId, holderId: h.resident.idNumber };
    const first = await post(central, '/v1/documents/reprinted', report, 'KIOSK-TEST-02');
    expect(first).toEqual({ status: 201, body: { documentId, status: 'reprinted', reprintedAt: expect.any(String) } });
    expect(await post(central, '/v1/documents/reprinted', report, 'KIOSK-TEST-02')).toEqual({ status: 200, body: first.body });
    expect(openDocumentChoiceTable(new Database(dbPath)).reprintCount()).toBe(1);
    const row = await myRequestRow(central, h.resident.idNumber, documentId);
    expect(row?.statusKey).toBe('central:status.document-reprinted');
    expect(row?.action).toBeUndefined();
  });

  it('given it was reprinted once, when another kiosk reports a second copy, then the central refuses it (one reprint per document)', async () => {
    const central = await start();
    const documentId = await keptCertificate(central, 'reprint');
    await post(central, '/v1/documents/reprinted', { key: randomUUID(), documentId, holderId: h.resident.idNumber });
    expect(await post(central, '/v1/documents/reprinted', { key: randomUUID(), documentId, holderId: h.resident.idNumber }, 'KIOSK-TEST-03')).toEqual({
      status: 422,
      body: { error: { reason: 'central:reason.already-reprinted' } },
    });
  });

  it('given the certificate was chosen for post, then my requests says sent by post, with nothing to print, and a reprint is refused', async () => {
    const central = await start();
    const documentId = await keptCertificate(central, 'post');
    const row = await myRequestRow(central, h.resident.idNumber, documentId);
    expect(row?.statusKey).toBe('central:status.document-by-post');
    expect(row?.action).toBeUndefined();
    expect((await post(central, '/v1/documents/reprinted', { key: randomUUID(), documentId, holderId: h.resident.idNumber })).status).toBe(404);
  });

  it('given Fatima paid nothing and the certificate is not about her, then she neither sees it nor may report it reprinted', async () => {
    const central = await start();
    const documentId = await keptCertificate(central, 'reprint');
    expect(await myRequestRow(central, h.sponsor.idNumber, documentId)).toBeUndefined();
    expect(await post(central, '/v1/documents/reprinted', { key: randomUUID(), documentId, holderId: h.sponsor.idNumber })).toEqual({ status: 404, body: { error: { reason: 'central:reason.document-unknown' } } });
  });
});
