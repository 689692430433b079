import { afterEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { WireTransaction } from '../../electron/central-client/wire';
import { cardHolders as h } from '../seed/people';
import { dependants as d } from '../seed/household';
import type { RunningCentral } from '../server';
import { post, startTestCentral, tempCentralPath } from '../test-support';

const running: RunningCentral[] = [];
async function start(dbPath = tempCentralPath()) {
  const central = await startTestCentral({ dbPath });
  running.push(central);
  return central;
}
afterEach(async () => {
  for (const central of running.splice(0)) await central.close();
});

/** Quotes Noura's renewal and builds the paid transaction a kiosk would send. */
async function paidRenewal(central: RunningCentral, seq = 1): Promise<WireTransaction> {
  const { body: quote } = await post(central, '/v1/services/residence-renewal/quote', { holderId: h.resident.idNumber, subjectId: d.noura.idNumber, itemIds: ['term-1'], fields: { delivery: 'collect' } });
  return {
    key: randomUUID(), seq, reference: `2026-${String(seq).padStart(6, '0')}`, serviceId: 'residence-renewal', holderId: h.resident.idNumber, subjectId: d.noura.idNumber,
    quoteId: quote.quoteId, quoteVersion: quote.version, amountMinor: quote.amountMinor, currency: 'QAR', payload: { itemIds: ['term-1'] },
    payment: { paymentRef: 'PAY-1', authCode: 'A1' }, paidAt: '2026-03-04T10:00:00Z',
  };
}
const submit = (central: RunningCentral, transactions: WireTransaction[]) => post(central, '/v1/transactions/batch', { transactions });

describe('transactions batch', () => {
  it('given a paid renewal, when sent, then it is stored once with a request id, and a duplicate gets the first answer', async () => {
    const central = await start();
    const tx = await paidRenewal(central);
    const first = await submit(central, [tx]);
    expect(first.body.results).toEqual([{ key: tx.key, outcome: 'stored', status: 201, requestId: 'REQ-2026-000302' }]);
    const again = await submit(central, [{ ...tx, payload: { itemIds: ['term-1'] } }, tx]);
    expect(again.body.results).toEqual([
      { key: tx.key, outcome: 'stored', status: 200, requestId: 'REQ-2026-000302' },
      { key: tx.key, outcome: 'stored', status: 200, requestId: 'REQ-2026-000302' },
    ]);
    expect(central.storedTransactionCount()).toBe(1);
  });

  it('given the same new key twice in one batch, then the first is stored and the second replays it', async () => {
    const central = await start();
    const tx = await paidRenewal(central);
    const answer = await submit(central, [tx, tx]);
    expect(answer.body.results.map((r: { status: number }) => r.status)).toEqual([201, 200]);
    expect(central.storedTransactionCount()).toBe(1);
  });

  it('given a stored key, when sent again with a different body, then 422 key-reused and nothing more is stored', async () => {
    const central = await start();
    const tx = await paidRenewal(central);
    await submit(central, [tx]);
    const answer = await submit(central, [{ ...tx, amountMinor: 1 }]);
    expect(answer.body.results).toEqual([{ key: tx.key, outcome: 'refused', status: 422, reason: 'central:reason.key-reused' }]);
    expect(central.storedTransactionCount()).toBe(1);
  });

  it('given a key still being processed, when the same key arrives, then 409, and after release the first is stored once', async () => {
    const central = await start();
    const tx = await paidRenewal(central);
    const hold = central.control.holdProcessing();
    const first = submit(central, [tx]);
    await hold.reached();
    expect((await submit(central, [tx])).body.results[0]).toEqual({ key: tx.key, outcome: 'refused', status: 409, reason: 'central:reason.in-progress' });
    hold.release();
    expect((await first).body.results[0]).toMatchObject({ outcome: 'stored', status: 201 });
    expect(central.storedTransactionCount()).toBe(1);
  });

  it('given the fee changed after the quote, when the paid transaction arrives, then 412 quote-changed and nothing is stored', async () => {
    const central = await start();
    const tx = await paidRenewal(central);
    central.control.changeFee('residence-renewal', 'per-year', 60000);
    expect((await submit(central, [tx])).body.results).toEqual([{ key: tx.key, outcome: 'refused', status: 412, reason: 'central:reason.quote-changed' }]);
    expect(central.storedTransactionCount()).toBe(0);
    // The refusal is the first answer too: a retry gets the same one.
    expect((await submit(central, [tx])).body.results[0]).toMatchObject({ status: 412 });
  });

  it('given an amount other than the quote, or a quote the central never issued, then 422 and nothing is stored', async () => {
    const central = await start();
    const tx = await paidRenewal(central);
    const answer = await submit(central, [{ ...tx, amountMinor: tx.amountMinor - 1 }, { ...tx, key: randomUUID(), quoteId: 'made-up' }]);
    expect(answer.body.results.map((r: { reason: string }) => r.reason)).toEqual(['central:reason.amount-mismatch', 'central:reason.quote-unknown']);
    expect(central.storedTransactionCount()).toBe(0);
  });

  it('given the same permit renewed from two kiosks, then the second is refused and only one is stored', async () => {
    const central = await start();
    const [a, b] = [await paidRenewal(central, 1), await paidRenewal(central, 2)];
    const answer = await submit(central, [a, b]);
    expect(answer.body.results.map((r: { status: number; reason?: string }) => [r.status, r.reason])).toEqual([[201, undefined], [422, 'central:reason.permit-not-due']]);
  });

  it('given traffic fines paid, then they leave the list and paying them again is refused as already paid', async () => {
    const central = await start();
    const q = { holderId: h.resident.idNumber, subjectId: h.resident.idNumber, itemIds: ['V-1001', 'V-1003'], fields: {} };
    const { body: quote } = await post(central, '/v1/services/traffic-fines/quote', q);
    expect(quote.amountMinor).toBe(100000);
    const base = { seq: 1, reference: '2026-000001', serviceId: 'traffic-fines', holderId: q.holderId, subjectId: q.subjectId, quoteId: quote.quoteId, quoteVersion: quote.version, amountMinor: quote.amountMinor, currency: 'QAR', payload: {}, payment: { paymentRef: 'P', authCode: 'A' }, paidAt: '2026-03-04T10:00:00Z' };
    const answer = await submit(central, [{ ...base, key: randomUUID() }, { ...base, key: randomUUID(), seq: 2 }]);
    expect(answer.body.results.map((r: { status: number; reason?: string }) => [r.status, r.reason])).toEqual([[201, undefined], [422, 'central:reason.already-paid']]);
    const { body } = await post(central, '/v1/services/traffic-fines/items', { holderId: q.holderId, subjectId: q.subjectId });
    expect(body.items.map((i: { id: string }) => i.id)).toEqual(['V-1002']);
  });

  it('given the central commits but the reply is dropped, when the kiosk retries, then it gets the first answer and the count stays one', async () => {
    const central = await start();
    const tx = await paidRenewal(central);
    central.control.faultNext({ kind: 'drop-after-commit' });
    await expect(submit(central, [tx])).rejects.toThrow();
    expect(central.storedTransactionCount()).toBe(1);
    expect((await submit(central, [tx])).body.results[0]).toMatchObject({ outcome: 'stored', status: 200 });
    expect(central.storedTransactionCount()).toBe(1);
  });

  it('given the central restarts on the same file, then a duplicate is still recognised', async () => {
    const dbPath = tempCentralPath();
    const first = await start(dbPath);
    const tx = await paidRenewal(first);
    await submit(first, [tx]);
    await first.close();
    running.splice(running.indexOf(first), 1);
    const second = await start(dbPath);
    expect((await submit(second, [tx])).body.results[0]).toMatchObject({ outcome: 'stored', status: 200 });
    expect(second.storedTransactionCount()).toBe(1);
  });

  it('given a malformed batch or no kiosk id, then 400 with a reason key', async () => {
    const central = await start();
    expect(await post(central, '/v1/transactions/batch', { transactions: [{ key: 'x' }] })).toEqual({ status: 400, body: { error: { reason: 'central:reason.bad-request' } } });
    const res = await fetch(`${central.url}/v1/transactions/batch`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(400);
  });
});

describe('heartbeat and fleet', () => {
  it('given a heartbeat, then the fleet lists the kiosk with its queue and devices, and the page escapes what it shows', async () => {
    const central = await start();
    const answer = await post(central, '/v1/heartbeat', { version: '0.1.0', queueDepth: 3, oldestUnsyncedAgeS: 42, devices: { printer: 'degraded', '<b>card</b>': 'ok' } }, 'KIOSK-MALL-07');
    expect(answer).toEqual({ status: 200, body: { serverTime: '2026-03-04T10:00:00.000Z' } });
    expect(central.control.kiosks()).toEqual([{ kioskId: 'KIOSK-MALL-07', version: '0.1.0', queueDepth: 3, oldestUnsyncedAgeS: 42, devices: { printer: 'degraded', '<b>card</b>': 'ok' }, reasons: {}, lastSeen: '2026-03-04T10:00:00.000Z', storedCount: 0, auditAnchor: null }]);
    const page = await (await fetch(`${central.url}/fleet`)).text();
    expect(page).toContain('KIOSK-MALL-07');
    expect(page).toContain('online');
    expect(page).not.toContain('<b>card</b>');
  });
});
