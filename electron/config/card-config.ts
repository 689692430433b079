// Which issuing authorities' ID cards this kiosk accepts as genuine. A real reader must be
// told the authority's key: the test authority's key is derived from a public label, so
// anyone can mint cards it vouches for.
import { createPublicKey } from 'node:crypto';
import { z } from 'zod';

function isEd25519PublicKeyPem(pem: string): boolean {
  try {
    return createPublicKey({ key: pem, format: 'pem' }).asymmetricKeyType === 'ed25519';
  } catch {
    return false; // not PEM, or not a key: the schema names the field
  }
}

export const CardConfig = z
  .object({
    /** The issuing authorities' Ed25519 public keys (PEM, SPKI); several while the authority rotates its key. */
    trustedIssuers: z.array(z.string().refine(isEd25519PublicKeyPem, 'an Ed25519 public key in PEM (-----BEGIN PUBLIC KEY-----)')).max(16).default([]),
    /** Test benches only: also trust the test authority with a real reader (vpcd virtual cards). */
    isTestIssuerTrusted: z.boolean().default(false),
  })
  .strict();
export type CardConfig = z.infer<typeof CardConfig>;

export const defaultCardConfig: CardConfig = { trustedIssuers: [], isTestIssuerTrusted: false };

export const missingIssuerMessage =
  'a real card reader needs the issuing authority\'s public key here (PEM); set card.isTestIssuerTrusted only on a test bench';

/** Whether this card reader would trust nobody but the public test authority by accident. */
export function isIssuerMissing(cardReaderKind: string, card: CardConfig): boolean {
  return cardReaderKind !== 'simulated' && card.trustedIssuers.length === 0 && !card.isTestIssuerTrusted;
}
