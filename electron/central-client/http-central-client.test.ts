import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { cardHolders as h } from '../../central/seed/people';
import { dependants as d } from '../../central/seed/household';
import type { RunningCentral } from '../../central/server';
import { startTestCentral } from '../../central/test-support';
import { openOutbox } from '../outbox/outbox';
import { sampleTransaction, tempOutboxPath } from '../outbox/test-support';
import { createHttpCentralClient } from './http-central-client';

let central: RunningCentral;
beforeAll(async () => {
  central = await startTestCentral();
});
afterAll(() => central.close());
const client = (timeoutMs = 2000) => createHttpCentralClient({ baseUrl: central.url, kioskId: 'KIOSK-TEST-01', timeoutMs });

describe('central client against the simulator', () => {
  it('given a sponsor, when the profile is asked, then the holder comes first and the people they sponsor follow', async () => {
    const profile = await client().profile(h.sponsor.idNumber);
    expect(profile.ok && profile.value.people.map((p) => p.relation)).toEqual(['self', 'child', 'visitor', 'visitor', 'visitor', 'domestic-worker', 'domestic-worker']);
  });

  it('given eligibility, items, a quote and info, then each comes back typed', async () => {
    const c = client();
    expect(await c.eligibility('residence-renewal', { holderId: h.resident.idNumber, subjectId: d.omar.idNumber })).toEqual({ ok: true, value: { eligible: false, reason: 'central:reason.permit-not-due' } });
    const items = await c.items('traffic-fines', { holderId: h.resident.idNumber, subjectId: h.resident.idNumber, fields: { plate: '123456' } });
    expect(items.ok && items.value.map((i) => i.id)).toEqual(['V-1004', 'V-1001', 'V-1003']);
    const quote = await c.quote('visa-extension', { holderId: h.sponsor.idNumber, subjectId: d.john.idNumber, itemIds: ['months-2'], fields: {} });
    expect(quote).toMatchObject({ ok: true, value: { amountMinor: 40000, currency: 'QAR', version: 1 } });
    const info = await c.info('my-requests', { holderId: h.resident.idNumber });
    expect(info.ok && info.value.map((r) => r.statusKey)).toEqual(['central:status.approved', 'central:status.card-posted']);
  });

  it('given a refused quote, then it is a rejected error with the status and the reason key', async () => {
    const quote = await client().quote('residence-renewal', { holderId: h.resident.idNumber, subjectId: d.noura.idNumber, itemIds: ['term-1'], fields: { delivery: 'post' } });
    expect(quote).toEqual({ ok: false, error: { kind: 'rejected', status: 422, reason: 'central:reason.address-required' } });
  });

  it('given a paid outbox row, when submitted twice, then stored once and the second answer is a replay', async () => {
    const c = client();
    const quote = await c.quote('traffic-fines', { holderId: h.representative.idNumber, subjectId: h.representative.idNumber, itemIds: ['V-1006'], fields: { plate: '654321' } });
    if (!quote.ok) throw new Error('quote failed');
    const outbox = openOutbox(tempOutboxPath());
    const { key } = outbox.createPending(sampleTransaction({ holderId: h.representative.idNumber, subjectId: h.representative.idNumber, quoteId: quote.value.quoteId, quoteVersion: quote.value.version, amountMinor: quote.value.amountMinor }));
    outbox.markPaid(key, { paymentRef: 'P-1', authCode: 'A-1' });
    const row = outbox.get(key)!;
    const first = await c.submitBatch([row]);
    const second = await c.submitBatch([row]);
    outbox.close();
    expect(first).toMatchObject({ ok: true, value: [{ key, outcome: 'stored', isReplay: false }] });
    expect(second).toMatchObject({ ok: true, value: [{ key, outcome: 'stored', isReplay: true }] });
  });

  it('given a heartbeat, then the central answers its time and lists the kiosk on the fleet page', async () => {
    const beat = await client().heartbeat({ version: '0.1.0', queueDepth: 2, oldestUnsyncedAgeS: 30, devices: { printer: 'ok', 'card-reader': 'failed' } });
    expect(beat).toEqual({ ok: true, value: { serverTime: '2026-03-04T10:00:00.000Z' } });
    expect(central.control.kiosks()).toMatchObject([{ kioskId: 'KIOSK-TEST-01', queueDepth: 2, devices: { 'card-reader': 'failed' } }]);
  });

  it('given a pending (unpaid) row, when submitted, then nothing is sent and the batch is refused', async () => {
    const outbox = openOutbox(tempOutboxPath());
    const { key } = outbox.createPending(sampleTransaction());
    expect(await client().submitBatch([outbox.get(key)!])).toEqual({ ok: false, error: { kind: 'rejected', status: 400, reason: 'central:reason.not-paid' } });
    outbox.close();
  });
});

describe('central client when the central misbehaves', () => {
  const ask = (timeoutMs?: number) => client(timeoutMs).profile(h.resident.idNumber);

  it.each([
    [{ kind: 'garbage' } as const, { kind: 'bad-response' }],
    [{ kind: 'wrong-body' } as const, { kind: 'bad-response' }],
    [{ kind: 'status', status: 500 } as const, { kind: 'rejected', status: 500, reason: 'central:reason.server-error' }],
    [{ kind: 'status', status: 401 } as const, { kind: 'unauthorised' }],
    [{ kind: 'drop' } as const, { kind: 'unreachable' }],
  ])('given the fault %j, then the call answers %j and does not throw', async (fault, error) => {
    central.control.faultNext(fault);
    expect(await ask()).toEqual({ ok: false, error });
  });

  it('given a central that never answers, then the call ends with a timeout error', async () => {
    central.control.faultNext({ kind: 'stall' });
    expect(await ask(50)).toEqual({ ok: false, error: { kind: 'timeout' } });
  });

  it('given nothing listening on the port, then unreachable', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const c = createHttpCentralClient({ baseUrl: `http://127.0.0.1:${port}`, kioskId: 'KIOSK-TEST-01', timeoutMs: 1000 });
    expect(await c.profile(h.resident.idNumber)).toEqual({ ok: false, error: { kind: 'unreachable' } });
  });

  it('given a fetch that throws something odd, then unreachable, never an exception', async () => {
    const c = createHttpCentralClient({ baseUrl: 'http://127.0.0.1:1', kioskId: 'K-1', timeoutMs: 1000, fetchImpl: () => Promise.reject(new Error('boom')) });
    expect(await c.info('my-requests', { holderId: h.resident.idNumber })).toEqual({ ok: false, error: { kind: 'unreachable' } });
  });

  it('given a batch answer whose keys do not match what was sent, then bad-response (nothing may be marked synced)', async () => {
    const outbox = openOutbox(tempOutboxPath());
    const { key } = outbox.createPending(sampleTransaction());
    outbox.markPaid(key, { paymentRef: 'P', authCode: 'A' });
    const fakeFetch = (() => Promise.resolve(new Response(JSON.stringify({ results: [{ key: 'someone-else', outcome: 'stored', status: 201, requestId: 'R' }] }), { status: 200 }))) as typeof fetch;
    const c = createHttpCentralClient({ baseUrl: 'http://central', kioskId: 'K-1', timeoutMs: 1000, fetchImpl: fakeFetch });
    expect(await c.submitBatch([outbox.get(key)!])).toEqual({ ok: false, error: { kind: 'bad-response' } });
    outbox.close();
  });
});
