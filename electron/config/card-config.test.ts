import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CardSession } from '../../hardware/card/card-session';
import { ok } from '../../hardware/result';
import { makeTestCard, otherIssuerPublicKey, testIssuerPublicKey } from '../../hardware/card/test-cards';
import { cardTrustFor } from './card-trust';
import { applyStoredConfig, saveStoredConfig } from './config-store';
import { describeConfigError, parseConfig } from './load-config';

const pemOf = (label: string) => otherIssuerPublicKey(label).export({ type: 'spki', format: 'pem' }).toString();
const quiet = { log() {} };

async function isGenuineUnder(config: ReturnType<typeof parseConfig>, issuerLabel?: string): Promise<boolean> {
  if (!config.ok) throw new Error(describeConfigError(config.error));
  const card = makeTestCard('resident', issuerLabel === undefined ? {} : { issuerLabel });
  const read = await new CardSession(async (c) => ok(card.process(c)), quiet).readCard(cardTrustFor(config.value));
  return read.ok;
}

describe('config: which card issuers are trusted', () => {
  it('given the embedded defaults (simulated reader), then the test authority is trusted and nothing else', async () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ ok: true, value: { card: { trustedIssuers: [], isTestIssuerTrusted: false } } });
    expect(await isGenuineUnder(config)).toBe(true);
    expect(await isGenuineUnder(config, 'unknown authority')).toBe(false);
  });

  it('given a real reader and no issuer, then the kiosk refuses to start naming card.trustedIssuers', () => {
    const config = parseConfig({ devices: { cardReader: { kind: 'pcsc' } } });
    expect(config).toMatchObject({ ok: false, error: { kind: 'invalid', field: 'card.trustedIssuers' } });
    if (!config.ok) expect(describeConfigError(config.error)).toMatch(/^config field "card.trustedIssuers" is invalid: a real card reader needs the issuing authority's public key/);
  });

  it('given a real reader and the ministry key, then only cards it certified are genuine: the test authority\'s are not', async () => {
    const config = parseConfig({ devices: { cardReader: { kind: 'pcsc' } }, card: { trustedIssuers: [pemOf('ministry')] } });
    expect(await isGenuineUnder(config, 'ministry')).toBe(true);
    expect(await isGenuineUnder(config)).toBe(false);
    expect(await isGenuineUnder(config, 'unknown authority')).toBe(false);
  });

  it('given two configured issuers (a key rotation), then cards of either are genuine', async () => {
    const config = parseConfig({ devices: { cardReader: { kind: 'pcsc' } }, card: { trustedIssuers: [pemOf('ministry 2026'), pemOf('ministry 2027')] } });
    expect(await isGenuineUnder(config, 'ministry 2026')).toBe(true);
    expect(await isGenuineUnder(config, 'ministry 2027')).toBe(true);
  });

  it('given a real reader on a test bench with the explicit flag, then the test authority is trusted', async () => {
    const config = parseConfig({ devices: { cardReader: { kind: 'pcsc' } }, card: { isTestIssuerTrusted: true } });
    expect(config.ok).toBe(true);
    expect(await isGenuineUnder(config)).toBe(true);
  });

  it('given an issuer that is not an Ed25519 public key in PEM, then its entry is named', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(parseConfig({ card: { trustedIssuers: ['not a key'] } })).toMatchObject({ ok: false, error: { field: 'card.trustedIssuers.0' } });
    expect(parseConfig({ card: { trustedIssuers: [pemOf('a'), rsa] } })).toMatchObject({ ok: false, error: { field: 'card.trustedIssuers.1' } });
  });

  it('given a technician saved a real reader on a kiosk with no issuer configured, then the next start refuses the stored devices and runs on the base config', () => {
    const base = parseConfig({});
    if (!base.ok) throw new Error('defaults');
    const dir = mkdtempSync(join(tmpdir(), 'card-config-'));
    expect(saveStoredConfig(dir, { ...base.value.devices, cardReader: { kind: 'pcsc' } }, { savedBy: 'tech', at: new Date('2026-11-25T08:00:00Z') }).ok).toBe(true);
    const applied = applyStoredConfig(base.value, dir);
    expect(applied.config.devices.cardReader).toEqual({ kind: 'simulated' });
    expect(applied.loaded).toMatchObject({ kind: 'refused', error: { field: 'card.trustedIssuers' } });
  });
});

describe('card trust from config', () => {
  it('given a simulated reader with a configured issuer, then both that issuer and the test authority are trusted (simulated cards are test cards)', () => {
    const config = parseConfig({ card: { trustedIssuers: [pemOf('ministry')] } });
    if (!config.ok) throw new Error('config');
    const keys = cardTrustFor(config.value).issuerPublicKeys;
    expect(keys.map((k) => k.export({ type: 'spki', format: 'pem' }))).toEqual([pemOf('ministry'), testIssuerPublicKey.export({ type: 'spki', format: 'pem' })]);
  });
});
