import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cardHolders as h } from '../../central/seed/people';
import type { RunningCentral } from '../../central/server';
import { startTestCentral, testToday } from '../../central/test-support';
import { ensureTestCa, type TestCa } from '../../central/tls/test-ca';
import { openOutbox } from '../outbox/outbox';
import { tempOutboxPath } from '../outbox/test-support';
import { createSyncWorker } from '../sync/sync-worker';
import { paidTrafficRows } from '../sync/test-support';
import { createHttpCentralClient } from './http-central-client';
import { createPinnedFetch } from './pinned-fetch';
import { signatureHeader, signRequest, timestampHeader } from './signing';

const secrets = { 'KIOSK-MALL-07': 'kiosk-07-secret' };
let ca: TestCa;
let otherCa: TestCa;
let central: RunningCentral;

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'central-tls-'));
  ca = ensureTestCa(join(folder, 'ministry'));
  otherCa = ensureTestCa(join(folder, 'impostor'), 'Someone Else CA');
  central = await startTestCentral({ auth: { secrets }, tls: { cert: ca.certPem, key: ca.keyPem } });
});
afterAll(() => central.close());

let tick = 0;
const kiosk = (caPem: string, onCertificateRefused?: (code: string) => void) =>
  createHttpCentralClient({
    baseUrl: central.url, kioskId: 'KIOSK-MALL-07', timeoutMs: 2000, secret: secrets['KIOSK-MALL-07'],
    fetchImpl: createPinnedFetch({ caPem, ...(onCertificateRefused ? { onCertificateRefused } : {}) }), now: () => testToday.getTime() + (tick += 1),
  });

describe('the central over HTTPS with a pinned test CA', () => {
  it('given a kiosk pinning the central\'s CA, then it syncs paid rows over TLS with signed requests', async () => {
    expect(central.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const client = kiosk(ca.caPem);
    const outbox = openOutbox(tempOutboxPath());
    await paidTrafficRows(central, client, outbox, 3);
    const report = await createSyncWorker({ outbox, client, batchSize: 10 }).syncOnce();
    expect(report).toMatchObject({ synced: 3, dead: 0 });
    expect(report.error).toBeUndefined();
    outbox.close();
  });

  it('given a kiosk pinning another CA, then it refuses the central\'s certificate and sends nothing', async () => {
    const refused: string[] = [];
    const client = kiosk(otherCa.caPem, (code) => refused.push(code));
    expect(await client.profile(h.resident.idNumber)).toEqual({ ok: false, error: { kind: 'unreachable' } });
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/CERT|SIGNED|UNABLE/);
  });

  it('given the system trust store only (no pin), then the test CA is not trusted either', async () => {
    await expect(fetch(`${central.url}/v1/health`)).rejects.toThrow();
  });

  it('given signed requests over TLS with a bad signature or a stale timestamp, then 401', async () => {
    const pinned = createPinnedFetch({ caPem: ca.caPem });
    const body = JSON.stringify({ holderId: h.resident.idNumber });
    const send = (timestamp: number, secret: string) =>
      pinned(`${central.url}/v1/profile`, {
        method: 'POST', body,
        headers: { 'content-type': 'application/json', 'x-kiosk-id': 'KIOSK-MALL-07', [timestampHeader]: String(timestamp), [signatureHeader]: signRequest(secret, { method: 'POST', path: '/v1/profile', timestamp, body }) },
      }).then((r) => r.status);
    expect(await send(testToday.getTime() + 100, 'not-the-secret')).toBe(401);
    expect(await send(testToday.getTime() - 6 * 60_000, secrets['KIOSK-MALL-07'])).toBe(401);
    expect(await send(testToday.getTime() + 200, secrets['KIOSK-MALL-07'])).toBe(200);
  });

  it('given a plain http:// address, then the pinned transport refuses to send', async () => {
    await expect(createPinnedFetch({ caPem: ca.caPem })(central.url.replace('https:', 'http:'))).rejects.toThrow(/https only/);
  });
});
