// The card's certificate, a compact card-verifiable certificate (in the spirit of
// ISO 7816-8 CVCs): the card's Ed25519 public key and a digest of its identity file,
// signed by the issuing authority. The digest binds the certificate to that identity, so
// a genuine certificate cannot vouch for another person's file; INTERNAL AUTHENTICATE
// proves the card holds the private key, so a copied certificate does not make a card.
import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { err, ok, type Result } from '../result';
import { concatBytes, decodeSingle, decodeTlvs, encodeTlv } from './tlv';

const tags = { certificate: 0x7f21, body: 0x7f4e, identityDigest: 0x5f20, publicKey: 0x7f49, signature: 0x5f37 } as const;

export type CertificateError =
  | { readonly kind: 'malformed' }
  | { readonly kind: 'bad-signature' }
  | { readonly kind: 'identity-mismatch' };

export function identityDigest(identityFile: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(identityFile).digest());
}

export function issueCertificate(identityFile: Uint8Array, cardPublicKey: KeyObject, issuerPrivateKey: KeyObject): Uint8Array {
  const spki = new Uint8Array(cardPublicKey.export({ type: 'spki', format: 'der' }));
  const body = encodeTlv(tags.body, concatBytes([encodeTlv(tags.identityDigest, identityDigest(identityFile)), encodeTlv(tags.publicKey, spki)]));
  const signature = new Uint8Array(sign(null, body, issuerPrivateKey));
  return encodeTlv(tags.certificate, concatBytes([body, encodeTlv(tags.signature, signature)]));
}

/**
 * Checks the signature of one of the trusted issuers and the binding to the identity file;
 * yields the card key. Several issuers: a kiosk keeps trusting the outgoing authority key
 * while cards signed by the next one are already in residents' hands.
 */
export function checkCertificate(
  certificate: Uint8Array,
  identityFile: Uint8Array,
  issuerPublicKeys: readonly KeyObject[],
): Result<KeyObject, CertificateError> {
  const outer = decodeSingle(certificate, tags.certificate);
  if (!outer.ok) return err({ kind: 'malformed' });
  const parts = decodeTlvs(outer.value);
  if (!parts.ok || parts.value.length !== 2) return err({ kind: 'malformed' });
  const [bodyTlv, sigTlv] = parts.value;
  if (bodyTlv?.tag !== tags.body || sigTlv?.tag !== tags.signature) return err({ kind: 'malformed' });
  const signed = encodeTlv(tags.body, bodyTlv.value);
  if (!issuerPublicKeys.some((key) => verify(null, signed, key, sigTlv.value))) return err({ kind: 'bad-signature' });
  const fields = decodeTlvs(bodyTlv.value);
  if (!fields.ok) return err({ kind: 'malformed' });
  const digest = fields.value.find((f) => f.tag === tags.identityDigest)?.value;
  const spki = fields.value.find((f) => f.tag === tags.publicKey)?.value;
  if (!digest || !spki) return err({ kind: 'malformed' });
  if (Buffer.compare(Buffer.from(digest), Buffer.from(identityDigest(identityFile))) !== 0) return err({ kind: 'identity-mismatch' });
  try {
    return ok(createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' }));
  } catch {
    return err({ kind: 'malformed' }); // signed but unparseable key: only an issuer bug gets here
  }
}

/** Whether `signature` over `challenge` was made with the certificate's key. */
export function checkChallengeSignature(cardPublicKey: KeyObject, challenge: Uint8Array, signature: Uint8Array): boolean {
  if (signature.length !== 64) return false; // Ed25519 signatures are 64 bytes
  return verify(null, challenge, cardPublicKey, signature);
}
