import { afterEach, describe, expect, it } from 'vitest';
import { cardHolders as h } from '../seed/people';
import type { RunningCentral } from '../server';
import { startTestCentral, testToday } from '../test-support';
import { createCredentialClient, enrolKiosk } from '../../electron/central-client/credential-client';
import { createHttpCentralClient } from '../../electron/central-client/http-central-client';
import { watchRevocation } from '../../electron/central-client/revocation-watch';
import { createMemoryLogger } from '../../electron/log/logger';

let central: RunningCentral;
afterEach(() => central.close());

const start = async (now: () => Date = () => testToday) => {
  const logger = createMemoryLogger();
  central = await startTestCentral({ auth: {}, logger, now });
  return logger;
};
const enrol = (code: string) => enrolKiosk({ baseUrl: central.url, code, timeoutMs: 2000 });
// each request a millisecond later, as on a real clock: the same signature twice is a replay
let tick = 0;
const clientWith = (kioskId: string, secret: () => string, fetchImpl: typeof fetch = fetch) =>
  createHttpCentralClient({ baseUrl: central.url, kioskId, timeoutMs: 2000, secret, fetchImpl, now: () => testToday.getTime() + (tick += 1) });

describe('kiosk enrolment', () => {
  it('given a one-time code issued for a kiosk id, when the kiosk enrols with it, then it receives that id and a secret its signed requests are accepted with', async () => {
    await start();
    const code = central.control.issueEnrolmentCode('KIOSK-MALL-07');
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const enrolled = await enrol(code.toLowerCase().replaceAll('-', ''));
    if (!enrolled.ok) throw new Error(enrolled.error.kind);
    expect(enrolled.value.kioskId).toBe('KIOSK-MALL-07');
    expect(central.control.credentialState('KIOSK-MALL-07', enrolled.value.secret)).toBe('valid');
    expect((await clientWith('KIOSK-MALL-07', () => enrolled.value.secret).profile(h.resident.idNumber)).ok).toBe(true);
  });

  it('given a code already used, unknown or expired, then enrolment is refused and no secret is issued', async () => {
    let now = testToday;
    await start(() => now);
    const code = central.control.issueEnrolmentCode('KIOSK-MALL-07', 60_000);
    expect((await enrol(code)).ok).toBe(true);
    expect(await enrol(code)).toEqual({ ok: false, error: { kind: 'refused' } });
    expect(await enrol('AAAA-BBBB-CCCC')).toEqual({ ok: false, error: { kind: 'refused' } });
    expect(await enrol('not a code')).toEqual({ ok: false, error: { kind: 'bad-code' } });
    const late = central.control.issueEnrolmentCode('KIOSK-MALL-08', 60_000);
    now = new Date(testToday.getTime() + 61_000);
    expect(await enrol(late)).toEqual({ ok: false, error: { kind: 'expired' } });
  });

  it('given an unsigned request or a guessed secret from an enrolled kiosk id, then 401', async () => {
    await start();
    const enrolled = await enrol(central.control.issueEnrolmentCode('KIOSK-MALL-07'));
    if (!enrolled.ok) throw new Error('enrol');
    expect(await clientWith('KIOSK-MALL-07', () => 'x'.repeat(43)).profile(h.resident.idNumber)).toEqual({ ok: false, error: { kind: 'unauthorised' } });
    expect(await createHttpCentralClient({ baseUrl: central.url, kioskId: 'KIOSK-MALL-07', timeoutMs: 2000 }).profile(h.resident.idNumber)).toEqual({ ok: false, error: { kind: 'unauthorised' } });
  });
});

describe('secret rotation', () => {
  it('given a rotation, then the old secret works until the kiosk signs with the new one, and not after', async () => {
    await start();
    const enrolled = await enrol(central.control.issueEnrolmentCode('KIOSK-MALL-07'));
    if (!enrolled.ok) throw new Error('enrol');
    let secret = enrolled.value.secret;
    const credentials = createCredentialClient({ baseUrl: central.url, kioskId: 'KIOSK-MALL-07', secret: () => secret, timeoutMs: 2000 });
    const rotated = await credentials.rotateSecret();
    if (!rotated.ok) throw new Error(rotated.error.kind);
    expect(rotated.value).not.toBe(secret);
    // the reply could have been lost: the old secret still signs
    expect((await clientWith('KIOSK-MALL-07', () => enrolled.value.secret).profile(h.resident.idNumber)).ok).toBe(true);
    secret = rotated.value;
    expect((await clientWith('KIOSK-MALL-07', () => secret).profile(h.resident.idNumber)).ok).toBe(true);
    expect(await clientWith('KIOSK-MALL-07', () => enrolled.value.secret).profile(h.resident.idNumber)).toEqual({ ok: false, error: { kind: 'unauthorised' } });
    expect(central.control.credentialState('KIOSK-MALL-07', secret)).toBe('valid');
    expect(central.control.credentialState('KIOSK-MALL-07', enrolled.value.secret)).toBe('unknown');
  });
});

describe('revocation', () => {
  it('given a revoked kiosk, then its signed requests get 401 revoked and the kiosk is told; a new code re-admits it', async () => {
    const logger = await start();
    const enrolled = await enrol(central.control.issueEnrolmentCode('KIOSK-MALL-07'));
    if (!enrolled.ok) throw new Error('enrol');
    const heard: string[] = [];
    const watched = watchRevocation(fetch, { onRevoked: () => heard.push('revoked'), onAccepted: () => heard.push('accepted') });
    const client = clientWith('KIOSK-MALL-07', () => enrolled.value.secret, watched);
    expect((await client.profile(h.resident.idNumber)).ok).toBe(true);
    expect(central.control.revokeKiosk('KIOSK-MALL-07')).toBe(true);
    expect(central.control.credentialState('KIOSK-MALL-07', enrolled.value.secret)).toBe('revoked');
    expect(await client.profile(h.resident.idNumber)).toEqual({ ok: false, error: { kind: 'unauthorised' } });
    expect(heard).toEqual(['accepted', 'revoked']);
    expect(logger.lines.filter((l) => l.event === 'central.refused-signature').map((l) => l.fields.why)).toEqual(['revoked']);
    // someone without the secret is not told the kiosk is revoked
    const stranger = clientWith('KIOSK-MALL-07', () => 'y'.repeat(43), watchRevocation(fetch, { onRevoked: () => heard.push('stranger-told'), onAccepted: () => undefined }));
    await stranger.profile(h.resident.idNumber);
    expect(heard).not.toContain('stranger-told');
    const again = await enrol(central.control.issueEnrolmentCode('KIOSK-MALL-07'));
    if (!again.ok) throw new Error('re-enrol');
    expect((await clientWith('KIOSK-MALL-07', () => again.value.secret).profile(h.resident.idNumber)).ok).toBe(true);
  });
});
