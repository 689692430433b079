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

/** A paid residency certificate for Noura, stored as a kiosk's sync would send it. */
async function paidCertificate(central: RunningCentral, holderId: string = h.resident.idNumber, subjectId: string = d.noura.idNumber, kioskId = 'KIOSK-TEST-01') {
  const { body: quote } = await post(central, '/v1/services/certificate/quote', { holderId, subjectId, itemIds: ['residency'], fields: { language: 'ar' } });
  const tx: WireTransaction = {
    key: randomUUID(), seq: 1, reference: '2026-000001', serviceId: 'certificate', holderId, subjectId, quoteId: quote.quoteId, quoteVersion: quote.version,
    amountMinor: quote.amountMinor, currency: 'QAR', payload: { itemIds: ['residency'], fields: { language: 'ar' } }, payment: { paymentRef: 'PAY-1', authCode: 'A1' }, paidAt: '2026-03-04T10:00:00Z',
  };
  const stored = await post(central, '/v1/transactions/batch', { transactions: [tx] }, kioskId);
  expect(stored.body.results[0]).toMatchObject({ outcome: 'stored' });
  return { key: tx.key, documentId: stored.body.results[0].requestId as string };
}

describe('recording what a person chose for a certificate the kiosk could not print', () => {
  it('given Ahmed paid for a certificate, when he chooses post, then the central records it for his address on record and shows only its zone', async () => {
    const dbPath = tempCentralPath();
    const central = await start(dbPath);
    const { key, documentId } = await paidCertificate(central);
    const answer = await post(central, '/v1/documents/choice', { key, choice: 'post', reprintCode: 'K7QM-3XWD' });
    expect(answer).toEqual({ status: 201, body: { documentId, status: 'to-post', postTo: 'Zone 66, •••' } });
    const stored = openDocumentChoiceTable(new Database(dbPath)).find(key);
    expect(stored).toMatchObject({ documentId, choice: 'post', status: 'to-post', postTo: 'Zone 66, Street 850, Building 12, Doha', kioskId: 'KIOSK-TEST-01' });
  });

  it('given a choice to reprint, then the document is recorded to reprint and can be found by the code on the receipt', async () => {
    const dbPath = tempCentralPath();
    const central = await start(dbPath);
    const { key, documentId } = await paidCertificate(central);
    expect(await post(central, '/v1/documents/choice', { key, choice: 'reprint', reprintCode: 'H4RT-9PZC' })).toEqual({ status: 201, body: { documentId, status: 'to-reprint' } });
    expect(openDocumentChoiceTable(new Database(dbPath)).findByReprintCode('H4RT-9PZC')).toMatchObject({ key, documentId, status: 'to-reprint' });
  });

  it('given the same choice sent again (a retry after a lost answer), then the first answer comes back and one record is kept', async () => {
    const dbPath = tempCentralPath();
    const central = await start(dbPath);
    const { key } = await paidCertificate(central);
    const first = await post(central, '/v1/documents/choice', { key, choice: 'post', reprintCode: 'K7QM-3XWD' });
    const again = await post(central, '/v1/documents/choice', { key, choice: 'post', reprintCode: 'K7QM-3XWD' });
    expect(again).toEqual({ status: 200, body: first.body });
    expect(openDocumentChoiceTable(new Database(dbPath)).count()).toBe(1);
  });

  it('given a choice already recorded, when another arrives under the same key, then it is refused and the first stands', async () => {
    const dbPath = tempCentralPath();
    const central = await start(dbPath);
    const { key } = await paidCertificate(central);
    await post(central, '/v1/documents/choice', { key, choice: 'post', reprintCode: 'K7QM-3XWD' });
    expect(await post(central, '/v1/documents/choice', { key, choice: 'reprint', reprintCode: 'K7QM-3XWD' })).toEqual({ status: 422, body: { error: { reason: 'central:reason.key-reused' } } });
    expect(openDocumentChoiceTable(new Database(dbPath)).find(key)?.choice).toBe('post');
  });

  it('given a key the central has not stored, or another kiosk\'s key, then it is not found (the kiosk keeps the choice and tries later)', async () => {
    const central = await start();
    expect((await post(central, '/v1/documents/choice', { key: randomUUID(), choice: 'post', reprintCode: 'K7QM-3XWD' })).status).toBe(404);
    const { key } = await paidCertificate(central);
    expect((await post(central, '/v1/documents/choice', { key, choice: 'post', reprintCode: 'K7QM-3XWD' }, 'KIOSK-OTHER-02')).status).toBe(404);
  });

  it('given a holder with no address on record, when post is chosen, then it is recorded as awaiting an address and no address is shown', async () => {
    const dbPath = tempCentralPath();
    const central = await start(dbPath);
    const { key } = await paidCertificate(central, h.representative.idNumber, h.representative.idNumber);
    const answer = await post(central, '/v1/documents/choice', { key, choice: 'post', reprintCode: 'M2NB-8KQR' });
    expect(answer.body).not.toHaveProperty('postTo');
    expect(openDocumentChoiceTable(new Database(dbPath)).find(key)?.status).toBe('awaiting-address');
  });

  it('given a malformed reprint code or choice, then the request is refused as bad', async () => {
    const central = await start();
    const { key } = await paidCertificate(central);
    for (const body of [{ key, choice: 'post', reprintCode: 'abc' }, { key, choice: 'email', reprintCode: 'K7QM-3XWD' }, { key, choice: 'post', reprintCode: 'O0IL-1111' }]) {
      expect((await post(central, '/v1/documents/choice', body)).status).toBe(400);
    }
  });
});
