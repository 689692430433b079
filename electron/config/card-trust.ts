// The card readers' trust, from config: the configured authorities, plus the test authority
// where only test cards can appear (the simulator) or a test bench asked for it.
import { createPublicKey } from 'node:crypto';
import type { CardTrust } from '../../hardware/card/card-session';
import { testIssuerPublicKey } from '../../hardware/card/test-cards';
import type { KioskConfig } from './schema';

export function cardTrustFor(config: Pick<KioskConfig, 'card' | 'devices'>): CardTrust {
  // the schema checked each PEM, so parsing cannot fail here
  const configured = config.card.trustedIssuers.map((pem) => createPublicKey({ key: pem, format: 'pem' }));
  const isTestTrusted = config.devices.cardReader.kind === 'simulated' || config.card.isTestIssuerTrusted;
  return { issuerPublicKeys: isTestTrusted ? [...configured, testIssuerPublicKey] : configured };
}
