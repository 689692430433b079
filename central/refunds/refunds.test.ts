import { afterEach, describe, expect, it } from 'vitest';
import type { RunningCentral } from '../server';
import { post, startTestCentral } from '../test-support';
import type { RefundRequest } from '../../electron/central-client/refund-wire';

let central: RunningCentral;
afterEach(() => central.close());

const request = (overrides: Partial<RefundRequest> = {}): RefundRequest => ({
  key: 'b5c3f0a2-0000-4000-8000-000000000001', reference: '2026-000007', serviceId: 'traffic-fines', amountMinor: 50000, currency: 'QAR',
  paymentRef: 'SIM-PAY-000007', reason: 'central:reason.already-paid', terminalError: 'window-closed', ...overrides,
});

describe('refund requests for dead transactions', () => {
  it('given a refund request, then it is filed once: the same request again gets the same refund id', async () => {
    central = await startTestCentral();
    const first = await post(central, '/v1/refunds', request());
    expect(first.status).toBe(201);
    expect(first.body.refundId).toMatch(/^RF-2026-[0-9A-F]{8}$/);
    const again = await post(central, '/v1/refunds', request());
    expect(again).toEqual({ status: 200, body: { refundId: first.body.refundId } });
    expect(central.control.refundRequestCount()).toBe(1);
  });

  it('given the same key with another amount, then 422; given a malformed request, then 400', async () => {
    central = await startTestCentral();
    await post(central, '/v1/refunds', request());
    expect((await post(central, '/v1/refunds', request({ amountMinor: 1 }))).status).toBe(422);
    expect((await post(central, '/v1/refunds', { key: 'x' })).status).toBe(400);
    expect(central.control.refundRequestCount()).toBe(1);
  });

  it('given a key the central stored as delivered, then no refund: 409 delivered', async () => {
    central = await startTestCentral();
    const [violation] = central.control.addViolations('28412345678', 1);
    const quote = await post(central, '/v1/services/traffic-fines/quote', { holderId: '28412345678', subjectId: '28412345678', itemIds: [violation], fields: {} });
    const tx = {
      key: 'b5c3f0a2-0000-4000-8000-000000000002', seq: 1, reference: '2026-000001', serviceId: 'traffic-fines', holderId: '28412345678', subjectId: '28412345678',
      quoteId: quote.body.quoteId, quoteVersion: quote.body.version, amountMinor: quote.body.amountMinor, currency: 'QAR', payload: { itemIds: [violation] },
      payment: { paymentRef: 'P', authCode: 'A' }, paidAt: '2026-03-04T10:00:00.000Z',
    };
    expect((await post(central, '/v1/transactions/batch', { transactions: [tx] })).body.results[0].outcome).toBe('stored');
    const refused = await post(central, '/v1/refunds', request({ key: tx.key }));
    expect(refused).toEqual({ status: 409, body: { error: { reason: 'central:reason.delivered' } } });
  });
});
