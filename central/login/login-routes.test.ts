import { afterEach, describe, expect, it } from 'vitest';
import { cardHolders } from '../seed/people';
import type { RunningCentral } from '../server';
import { post, startTestCentral, tempCentralPath, testToday } from '../test-support';
import { openCentralDb } from '../db/open-central-db';
import { approveLogin } from './approve-login';
import { createLoginDesk } from './login-desk';
import { loginRouteClass } from './login-routes';
import { parseQrText } from './qr-text';

const kioskA = 'KIOSK-A-01';
const kioskB = 'KIOSK-B-02';
const ahmed = cardHolders.resident;

let central: RunningCentral | undefined;
let nowMs = testToday.getTime();
afterEach(async () => {
  await central?.close();
  central = undefined;
});

async function start(dbPath = tempCentralPath()): Promise<RunningCentral> {
  nowMs = testToday.getTime();
  central = await startTestCentral({ dbPath, now: () => new Date(nowMs) });
  return central;
}

async function issue(c: RunningCentral, kioskId = kioskA) {
  const answer = await post(c, '/v1/login/challenges', {}, kioskId);
  expect(answer.status).toBe(201);
  return answer.body as { challengeId: string; pollToken: string; qrText: string; expiresInMs: number };
}

const approve = (c: RunningCentral, code: string, idNumber: string = ahmed.idNumber) => approveLogin({ centralUrl: c.url, code, idNumber });
const wait = (c: RunningCentral, challenge: { challengeId: string; pollToken: string }, waitMs = 0, kioskId = kioskA) =>
  post(c, `/v1/login/challenges/${challenge.challengeId}/wait`, { pollToken: challenge.pollToken, waitMs }, kioskId);

describe('login challenges on the central simulator', () => {
  it('given a kiosk asks, then it gets a random code valid 120 s whose QR names that kiosk and that code', async () => {
    const c = await start();
    const first = await issue(c);
    const second = await issue(c);
    expect(first.expiresInMs).toBe(120_000);
    expect(first.challengeId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second.challengeId).not.toBe(first.challengeId);
    expect(first.pollToken).not.toBe(first.challengeId);
    expect(parseQrText(first.qrText)).toEqual({ kioskId: kioskA, challengeId: first.challengeId });
    expect(first.qrText).not.toContain(first.pollToken);
  });

  it('given the app approves the code, then the kiosk collects the person from the people table with a 4-hex session id', async () => {
    const c = await start();
    const challenge = await issue(c);
    expect((await wait(c, challenge)).body).toEqual({ status: 'pending' });
    expect(await approve(c, challenge.qrText)).toEqual({ ok: true, value: { kioskId: kioskA, challengeId: challenge.challengeId } });
    const answer = await wait(c, challenge);
    expect(answer.body).toEqual({ status: 'approved', holder: { idNumber: ahmed.idNumber, nameAr: ahmed.nameAr, nameLatin: ahmed.nameLatin, role: 'resident' }, sessionId: expect.stringMatching(/^[0-9a-f]{4}$/) });
  });

  it('given a kiosk is already waiting, when the app approves, then the held wait answers with the person at once', async () => {
    const db = openCentralDb(tempCentralPath(), { today: testToday, currency: { code: 'QAR', minorUnits: 2 } });
    const desk = createLoginDesk(db, () => testToday);
    const challenge = desk.issue(kioskA);
    // wait() registers its hold before it returns, so the approval below lands on a held wait
    const waiting = desk.wait(kioskA, challenge.challengeId, challenge.pollToken, 25_000);
    expect(desk.approve(challenge.challengeId, kioskA, ahmed.idNumber)).toEqual({ ok: true, value: undefined });
    expect(await waiting).toMatchObject({ status: 'approved', holder: { idNumber: ahmed.idNumber } });
    db.close();
  });

  it('given a code approved once, when it is approved again (even for the same person), then it is refused as used', async () => {
    const c = await start();
    const challenge = await issue(c);
    await approve(c, challenge.qrText);
    expect(await approve(c, challenge.qrText)).toEqual({ ok: false, error: { kind: 'already-used' } });
    expect(await approve(c, challenge.qrText, cardHolders.sponsor.idNumber)).toEqual({ ok: false, error: { kind: 'already-used' } });
    expect((await wait(c, challenge)).body).toMatchObject({ holder: { idNumber: ahmed.idNumber } });
  });

  it('given 120 s pass on the central clock, then the code can no longer be approved and the kiosk is told it expired', async () => {
    const c = await start();
    const challenge = await issue(c);
    nowMs += 119_999;
    expect((await wait(c, challenge)).body).toEqual({ status: 'pending' });
    nowMs += 1;
    expect(await approve(c, challenge.qrText)).toEqual({ ok: false, error: { kind: 'expired' } });
    expect((await wait(c, challenge, 25_000)).body).toEqual({ status: 'expired' });
  });

  it('given a code from kiosk A, when the app says it scanned it at kiosk B, then it is refused and kiosk B cannot collect it', async () => {
    const c = await start();
    const challenge = await issue(c, kioskA);
    const relayed = challenge.qrText.replace(kioskA, kioskB);
    expect(await approve(c, relayed)).toEqual({ ok: false, error: { kind: 'other-kiosk' } });
    expect(await wait(c, challenge, 0, kioskB)).toEqual({ status: 404, body: { error: { reason: 'central:reason.login-unknown' } } });
    expect((await wait(c, challenge)).body).toEqual({ status: 'pending' });
  });

  it('given an ID number the central does not know, then the approval is refused and the code stays open', async () => {
    const c = await start();
    const challenge = await issue(c);
    expect(await approve(c, challenge.qrText, '20000000000')).toEqual({ ok: false, error: { kind: 'unknown-person' } });
    expect(await approve(c, challenge.qrText)).toMatchObject({ ok: true });
  });

  it('given a code never issued, or a QR photo without the kiosk poll token, then nothing is approved or revealed', async () => {
    const c = await start();
    const challenge = await issue(c);
    expect(await approve(c, challenge.qrText.replace(challenge.challengeId, 'x'.repeat(43)))).toEqual({ ok: false, error: { kind: 'unknown-challenge' } });
    await approve(c, challenge.qrText);
    const bystander = await wait(c, { challengeId: challenge.challengeId, pollToken: 'y'.repeat(43) });
    expect(bystander).toEqual({ status: 404, body: { error: { reason: 'central:reason.login-unknown' } } });
  });

  it('given the kiosk shows a fresh code, then the previous one can no longer be approved', async () => {
    const c = await start();
    const old = await issue(c);
    await issue(c);
    expect(await approve(c, old.qrText)).toEqual({ ok: false, error: { kind: 'expired' } });
  });

  it('given no kiosk id, or a malformed wait, then the central answers 400', async () => {
    const c = await start();
    const res = await fetch(`${c.url}/v1/login/challenges`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(400);
    const challenge = await issue(c);
    expect((await post(c, `/v1/login/challenges/${challenge.challengeId}/wait`, { pollToken: challenge.pollToken, waitMs: 60_000 }, kioskA)).status).toBe(400);
  });

  it('given the central restarts on the same database, then a code issued before is still there (SQLite, table made once)', async () => {
    const dbPath = tempCentralPath();
    const c = await start(dbPath);
    const challenge = await issue(c);
    await c.close();
    central = await startTestCentral({ dbPath, now: () => new Date(nowMs) });
    expect(await approve(central, challenge.qrText)).toMatchObject({ ok: true });
  });

  it('given a login path, then logs name its class, never the challenge id', () => {
    const id = 'a'.repeat(43);
    expect(loginRouteClass('POST', `/v1/login/challenges/${id}/wait`)).toBe('POST /v1/login/challenges/:id/wait');
    expect(loginRouteClass('POST', `/v1/login/challenges/${id}/approve`)).toBe('POST /v1/login/challenges/:id/approve');
  });
});
