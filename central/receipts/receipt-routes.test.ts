import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { WireTransaction } from '../../electron/central-client/wire';
import { dependants as d } from '../seed/household';
import { cardHolders as h } from '../seed/people';
import type { RunningCentral } from '../server';
import { post, startTestCentral, tempCentralPath } from '../test-support';
import { maskEmail, maskPhone } from './mask-contact';

const running: RunningCentral[] = [];
afterEach(async () => {
  for (const central of running.splice(0)) await central.close();
});
async function start(dbPath = tempCentralPath()): Promise<RunningCentral> {
  const central = await startTestCentral({ dbPath });
  running.push(central);
  return central;
}

/** Quotes the first item offered and sends the paid transaction, as a kiosk's sync would. */
async function storedPayment(central: RunningCentral, holderId: string, serviceId: string, subjectId: string, fields: Record<string, string> = {}, kioskId = 'KIOSK-TEST-01'): Promise<string> {
  const items = (await post(central, `/v1/services/${serviceId}/items`, { holderId, subjectId })).body.items as { id: string }[];
  const itemIds = [items[0]!.id];
  const { body: quote } = await post(central, `/v1/services/${serviceId}/quote`, { holderId, subjectId, itemIds, fields });
  const tx: WireTransaction = {
    key: randomUUID(), seq: 1, reference: '2026-000001', serviceId, holderId, subjectId, quoteId: quote.quoteId, quoteVersion: quote.version,
    amountMinor: quote.amountMinor, currency: 'QAR', payload: { itemIds, fields }, payment: { paymentRef: 'PAY-1', authCode: 'A1' }, paidAt: '2026-03-04T10:00:00Z',
  };
  const stored = await post(central, '/v1/transactions/batch', { transactions: [tx] }, kioskId);
  expect(stored.body.results[0].outcome).toBe('stored');
  return tx.key;
}

describe('masking a contact for a public screen', () => {
  it('given a Qatar mobile, then the country code and the last three digits show', () => {
    expect(maskPhone('+97455512345')).toBe('+974 •••• 345');
  });
  it('given an e-mail address, then its first letter and its domain show', () => {
    expect(maskEmail('ahmed.almansouri@example.qa')).toBe('a•••@example.qa');
  });
});

describe('sending a receipt the printer could not print', () => {
  it('given Ahmed paid at this kiosk, when the kiosk asks, then it learns his phone and e-mail masked, never in full', async () => {
    const central = await start();
    const key = await storedPayment(central, h.resident.idNumber, 'residence-renewal', d.noura.idNumber, { delivery: 'collect' });
    const answer = await post(central, '/v1/receipts/contacts', { key });
    expect(answer).toEqual({ status: 200, body: { sms: '+974 •••• 345', email: 'a•••@example.qa' } });
  });

  it('given Fatima has only an e-mail on record, then only e-mail is offered', async () => {
    const central = await start();
    const key = await storedPayment(central, h.sponsor.idNumber, 'visa-extension', d.john.idNumber);
    expect((await post(central, '/v1/receipts/contacts', { key })).body).toEqual({ email: 'f•••@example.qa' });
  });

  it('given Rajesh has no contact on record, then nothing is offered and a send is refused', async () => {
    const central = await start();
    const key = await storedPayment(central, h.representative.idNumber, 'residence-renewal', h.representative.idNumber, { delivery: 'collect' });
    expect((await post(central, '/v1/receipts/contacts', { key })).body).toEqual({});
    expect(await post(central, '/v1/receipts/send', { key, channel: 'sms' })).toEqual({ status: 404, body: { error: { reason: 'central:reason.not-found' } } });
  });

  it('given a send by SMS, then the answer names the masked number and the central records the send once', async () => {
    const dbPath = tempCentralPath();
    const central = await start(dbPath);
    const key = await storedPayment(central, h.resident.idNumber, 'residence-renewal', d.noura.idNumber, { delivery: 'collect' });
    expect(await post(central, '/v1/receipts/send', { key, channel: 'sms' })).toEqual({ status: 200, body: { channel: 'sms', sentTo: '+974 •••• 345' } });
    const db = new Database(dbPath, { readonly: true });
    const sends = db.prepare('SELECT key, kiosk_id AS kioskId, channel FROM receipt_sends').all();
    db.close();
    expect(sends).toEqual([{ key, kioskId: 'KIOSK-TEST-01', channel: 'sms' }]);
  });

  it('given a key another kiosk paid, or one never stored, then it is not found and nothing is sent', async () => {
    const central = await start();
    const key = await storedPayment(central, h.resident.idNumber, 'residence-renewal', d.noura.idNumber, { delivery: 'collect' }, 'KIOSK-OTHER-02');
    expect((await post(central, '/v1/receipts/contacts', { key })).status).toBe(404);
    expect((await post(central, '/v1/receipts/send', { key, channel: 'email' })).status).toBe(404);
    expect((await post(central, '/v1/receipts/send', { key: randomUUID(), channel: 'email' })).status).toBe(404);
  });

  it('given a malformed request, then 400 and no send', async () => {
    const central = await start();
    expect((await post(central, '/v1/receipts/send', { key: 'k', channel: 'fax' })).status).toBe(400);
    expect((await post(central, '/v1/receipts/contacts', {})).status).toBe(400);
    expect((await post(central, '/v1/receipts/nothing', {})).status).toBe(404);
  });
});
