// Test ID cards for the people in central/seed/people.ts, issued by a test authority.
// Keys are Ed25519, derived deterministically from a label so no private key needs to be
// committed and every run (simulator, virtual card, CLI) issues the same cards.
import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { cardHolders, type CardHolderName } from '../../central/seed/people';
import { issueCertificate } from './card-certificate';
import type { CardIdentity } from './contract';
import { IdCardApplet } from './id-card-applet';
import { maxPinTries } from './id-card-profile';
import { encodeIdentity } from './identity-tlv';

export interface TestCardOptions {
  readonly pinTriesLeft?: number;
  /** Same identity file and certificate, but a different private key. */
  readonly isCloned?: boolean;
  readonly isUnreadable?: boolean;
  /** Certified by another authority (named by its label) instead of the test authority. */
  readonly issuerLabel?: string;
}

// RFC 8410 PKCS#8 prefix for an Ed25519 private key; the 32-byte seed follows.
const ed25519Pkcs8Prefix = Buffer.from('302e020100300506032b657004220420', 'hex');

function keyFromLabel(label: string): KeyObject {
  const seed = createHash('sha256').update(`moi-kiosk test key: ${label}`).digest();
  return createPrivateKey({ key: Buffer.concat([ed25519Pkcs8Prefix, seed]), format: 'der', type: 'pkcs8' });
}

const issuerPrivateKey = keyFromLabel('test issuing authority');
/** What a test kiosk trusts. A production kiosk gets the real authority's key from config (card.trustedIssuers). */
export const testIssuerPublicKey: KeyObject = createPublicKey(issuerPrivateKey);

/** Another issuing authority's public key, for tests of which issuers a kiosk trusts. */
export function otherIssuerPublicKey(label: string): KeyObject {
  return createPublicKey(keyFromLabel(`issuer ${label}`));
}

export function identityOf(holder: CardHolderName): CardIdentity {
  const { pin: _pin, ...identity } = cardHolders[holder];
  return identity;
}

export function makeTestCard(holder: CardHolderName, options: TestCardOptions = {}): IdCardApplet {
  const person = cardHolders[holder];
  const identityFile = encodeIdentity(identityOf(holder));
  const cardKey = keyFromLabel(`card ${holder}`);
  const issuer = options.issuerLabel === undefined ? issuerPrivateKey : keyFromLabel(`issuer ${options.issuerLabel}`);
  const certificate = issueCertificate(identityFile, createPublicKey(cardKey), issuer);
  return new IdCardApplet({
    identityFile,
    certificate,
    privateKey: options.isCloned ? keyFromLabel(`clone of ${holder}`) : cardKey,
    pin: person.pin,
    pinTriesLeft: options.pinTriesLeft ?? (holder === 'blocked' ? 0 : maxPinTries),
    isUnreadable: options.isUnreadable ?? false,
  });
}
