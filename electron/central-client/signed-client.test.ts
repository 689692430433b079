import { afterEach, describe, expect, it } from 'vitest';
import { cardHolders as h } from '../../central/seed/people';
import type { RunningCentral } from '../../central/server';
import { startTestCentral, testToday } from '../../central/test-support';
import { createMemoryLogger } from '../log/logger';
import { createHttpCentralClient } from './http-central-client';
import { signatureHeader, signRequest, timestampHeader } from './signing';

const secrets = { 'KIOSK-MALL-07': 'kiosk-07-secret', 'KIOSK-MALL-08': 'kiosk-08-secret' };
let central: RunningCentral;
afterEach(() => central.close());

const start = async () => {
  const logger = createMemoryLogger();
  central = await startTestCentral({ auth: { secrets, maxSkewMs: 5 * 60_000 }, logger });
  return logger;
};
const kiosk = (options: { kioskId?: string; secret?: string; skewMs?: number } = {}) =>
  createHttpCentralClient({
    baseUrl: central.url, kioskId: options.kioskId ?? 'KIOSK-MALL-07', timeoutMs: 2000,
    ...(options.secret === '' ? {} : { secret: options.secret ?? secrets['KIOSK-MALL-07'] }),
    now: () => testToday.getTime() + (options.skewMs ?? 0),
  });

describe('signed requests', () => {
  it('given a kiosk signing with its own secret, then the central answers', async () => {
    await start();
    expect((await kiosk().profile(h.resident.idNumber)).ok).toBe(true);
  });

  it.each([
    ['no signature', { secret: '' }, 'no-signature'],
    ['another kiosk\'s secret', { secret: secrets['KIOSK-MALL-08'] }, 'bad-signature'],
    ['an unknown kiosk id', { kioskId: 'KIOSK-ROGUE-01' }, 'unknown-kiosk'],
  ])('given %s, then 401 unauthorised and the refusal is logged by kind', async (_name, options, why) => {
    const logger = await start();
    expect(await kiosk(options).profile(h.resident.idNumber)).toEqual({ ok: false, error: { kind: 'unauthorised' } });
    expect(logger.lines.some((l) => l.event === 'central.refused-signature' && l.fields.why === why)).toBe(true);
  });

  it('given a kiosk clock 20 minutes slow, then the first request is refused as stale, the kiosk learns the offset from the reply, retries once and is answered', async () => {
    const logger = await start();
    const client = kiosk({ skewMs: -20 * 60_000 });
    expect((await client.profile(h.resident.idNumber)).ok).toBe(true);
    expect(client.clockOffsetMs()).toBe(20 * 60_000);
    expect(logger.lines.filter((l) => l.event === 'central.refused-signature').map((l) => l.fields.why)).toEqual(['stale-timestamp']);
  });

  it('given a kiosk clock 20 minutes fast, then it learns the offset from the refusal and the retry is answered', async () => {
    await start();
    const client = kiosk({ skewMs: 20 * 60_000 });
    expect((await client.profile(h.resident.idNumber)).ok).toBe(true);
    expect(client.clockOffsetMs()).toBe(-20 * 60_000);
  });

  it('given a request captured on the wire and sent again unchanged, then the replay is refused', async () => {
    await start();
    const body = JSON.stringify({ holderId: h.resident.idNumber });
    const timestamp = testToday.getTime();
    const headers = {
      'content-type': 'application/json', 'x-kiosk-id': 'KIOSK-MALL-07', [timestampHeader]: String(timestamp),
      [signatureHeader]: signRequest(secrets['KIOSK-MALL-07'], { method: 'POST', path: '/v1/profile', timestamp, body }),
    };
    const send = () => fetch(`${central.url}/v1/profile`, { method: 'POST', headers, body }).then((r) => r.status);
    expect(await send()).toBe(200);
    expect(await send()).toBe(401);
  });

  it('given the same request twice within one millisecond (a fee re-checked just before payment), then both are answered, not refused as a replay', async () => {
    await start();
    const client = kiosk(); // its clock does not move at all
    expect((await client.profile(h.resident.idNumber)).ok).toBe(true);
    expect((await client.profile(h.resident.idNumber)).ok).toBe(true);
  });

  it('given a health check, then it needs no signature', async () => {
    await start();
    expect((await fetch(`${central.url}/v1/health`)).status).toBe(200);
  });
});
