// Request signing shared by the kiosk and the central (DESIGN.md "signed, idempotent"):
// HMAC-SHA256 with the kiosk's own secret over method, path, timestamp and the body's hash.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const signatureHeader = 'x-kiosk-signature';
export const timestampHeader = 'x-kiosk-timestamp';
/** Every central reply carries its clock, so a kiosk with a skewed clock can correct itself. */
export const centralTimeHeader = 'x-central-time';

export interface SignedParts {
  readonly method: string;
  readonly path: string;
  /** Milliseconds since the epoch, as the signer's (corrected) clock read it. */
  readonly timestamp: number;
  readonly body: string | Buffer;
}

export function canonicalRequest(parts: SignedParts): string {
  const bodyHash = createHash('sha256').update(parts.body).digest('hex');
  return [parts.method.toUpperCase(), parts.path, String(parts.timestamp), bodyHash].join('\n');
}

export function signRequest(secret: string, parts: SignedParts): string {
  return createHmac('sha256', secret).update(canonicalRequest(parts)).digest('hex');
}

export function isSignatureValid(secret: string, parts: SignedParts, signature: string): boolean {
  const expected = Buffer.from(signRequest(secret, parts), 'hex');
  const given = Buffer.from(/^[0-9a-f]{64}$/.test(signature) ? signature : '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
