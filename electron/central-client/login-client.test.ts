import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { approveLogin } from '../../central/login/approve-login';
import { parseQrText } from '../../central/login/qr-text';
import { cardHolders } from '../../central/seed/people';
import type { RunningCentral } from '../../central/server';
import { startTestCentral, testToday } from '../../central/test-support';
import { createLoginClient, type LoginClientOptions } from './login-client';

const kioskId = 'KIOSK-LOGIN-01';
const ahmed = cardHolders.resident;
let central: RunningCentral;
let nowMs = testToday.getTime();
beforeAll(async () => {
  central = await startTestCentral({ now: () => new Date(nowMs) });
});
afterAll(() => central.close());

const client = (options: Partial<LoginClientOptions> = {}) => createLoginClient({ baseUrl: central.url, kioskId, timeoutMs: 2_000, ...options });

/** Passes requests through, and lets a test act on the nth wait before it is sent. */
function watchWaits(onWait: (n: number, signal: AbortSignal | null | undefined) => Promise<void> | void): typeof fetch {
  let waits = 0;
  return async (input, init) => {
    if (String(input).endsWith('/wait')) {
      waits += 1;
      await onWait(waits, init?.signal);
    }
    return fetch(input, init);
  };
}

/** A port nobody listens on: bound once to learn a free number, then released. */
async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

describe('login client against the central simulator', () => {
  it('given the central, when a code is asked, then the kiosk gets a QR naming itself, valid 120 s, and no poll token leaks out', async () => {
    const challenge = await client().requestChallenge();
    if (!challenge.ok) throw new Error(`challenge refused: ${challenge.error.kind}`);
    expect(Object.keys(challenge.value).sort()).toEqual(['challengeId', 'expiresInMs', 'qrText']);
    expect(challenge.value.expiresInMs).toBe(120_000);
    expect(parseQrText(challenge.value.qrText)).toEqual({ kioskId, challengeId: challenge.value.challengeId });
  });

  it('given the app approves while the kiosk waits, then the kiosk gets the person and a session id', async () => {
    const c = client({ holdMs: 25_000 });
    const challenge = await c.requestChallenge();
    if (!challenge.ok) throw new Error('no challenge');
    const waiting = c.awaitApproval(challenge.value.challengeId);
    expect(await approveLogin({ centralUrl: central.url, code: challenge.value.qrText, idNumber: ahmed.idNumber })).toMatchObject({ ok: true });
    expect(await waiting).toEqual({
      ok: true,
      value: { kind: 'approved', holder: { idNumber: ahmed.idNumber, nameAr: ahmed.nameAr, nameLatin: ahmed.nameLatin, role: 'resident' }, sessionId: expect.stringMatching(/^[0-9a-f]{4}$/) },
    });
  });

  it('given holds that end with nothing to report, then the client asks again until the approval comes', async () => {
    let qrText = '';
    const c = client({ holdMs: 0, fetchImpl: watchWaits(async (n) => {
      if (n === 3) await approveLogin({ centralUrl: central.url, code: qrText, idNumber: ahmed.idNumber });
    }) });
    const challenge = await c.requestChallenge();
    if (!challenge.ok) throw new Error('no challenge');
    qrText = challenge.value.qrText;
    expect(await c.awaitApproval(challenge.value.challengeId)).toMatchObject({ ok: true, value: { kind: 'approved' } });
  });

  it('given the code outlives 120 s on the central clock, then waiting answers expired', async () => {
    const c = client();
    const challenge = await c.requestChallenge();
    if (!challenge.ok) throw new Error('no challenge');
    nowMs += 120_000;
    try {
      expect(await c.awaitApproval(challenge.value.challengeId)).toEqual({ ok: true, value: { kind: 'expired' } });
    } finally {
      nowMs = testToday.getTime();
    }
  });

  it('given the session leaves the screen, when the signal aborts a held wait, then the wait ends at once as a timeout', async () => {
    const abort = new AbortController();
    const c = client({ holdMs: 25_000, fetchImpl: watchWaits((_n, signal) => {
      // abort once the request is on its way, so the central is holding it
      setImmediate(() => abort.abort());
      expect(signal).toBeDefined();
    }) });
    const challenge = await c.requestChallenge();
    if (!challenge.ok) throw new Error('no challenge');
    expect(await c.awaitApproval(challenge.value.challengeId, abort.signal)).toEqual({ ok: false, error: { kind: 'timeout' } });
  });

  it('given the central is down, then asking for a code answers unreachable (the session then offers the card only)', async () => {
    const down = createLoginClient({ baseUrl: await deadUrl(), kioskId, timeoutMs: 2_000 });
    expect(await down.requestChallenge()).toEqual({ ok: false, error: { kind: 'unreachable' } });
  });

  it('given the central answers garbage, stalls or refuses, then each is a typed error', async () => {
    central.control.faultNext({ kind: 'garbage' });
    expect(await client().requestChallenge()).toEqual({ ok: false, error: { kind: 'bad-response' } });
    central.control.faultNext({ kind: 'stall' });
    expect(await client({ timeoutMs: 200 }).requestChallenge()).toEqual({ ok: false, error: { kind: 'timeout' } });
    central.control.faultNext({ kind: 'status', status: 503 });
    expect(await client().requestChallenge()).toEqual({ ok: false, error: { kind: 'rejected', status: 503, reason: 'central:reason.server-error' } });
    expect(await client().awaitApproval('never-issued')).toEqual({ ok: false, error: { kind: 'rejected', status: 404, reason: 'central:reason.login-unknown' } });
  });
});
