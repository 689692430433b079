// Pure signing and checking of the code printed on every certificate (text and QR). The
// central holds the keys and signs when it issues a document; anyone can later hand the code
// back to the central, which checks it with verifyDocumentCode and its registry. Nothing here
// throws on input: whatever is scanned, the answer is a value.
//
// Code: MOI1.<key id>.<payload>.<signature>
//   payload   = base64url("<document id>|<kind letter>|<holder hash>|<YYYYMMDD>")
//   signature = base64url(first 16 bytes of HMAC-SHA256(key, "MOI1.<key id>.<payload>"))
// The holder is named only by a keyed hash, so the code alone does not reveal an ID number.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CertificateKind } from './certificate-kinds';
import { certificateKinds } from './certificate-kinds';

export interface SigningKey {
  /** Short, printable, rotates with the key: `[a-z0-9]{1,12}` */
  readonly id: string;
  readonly secret: Uint8Array;
}

export interface DocumentClaims {
  readonly documentId: string;
  readonly kind: CertificateKind;
  readonly holderHash: string;
  /** YYYY-MM-DD */
  readonly issueDate: string;
}

export type CodeVerification =
  | { readonly kind: 'signed'; readonly keyId: string; readonly claims: DocumentClaims }
  | { readonly kind: 'not-a-ministry-document'; readonly reason: 'malformed' | 'unknown-key' | 'bad-signature' };

const VERSION = 'MOI1';
const MAX_CODE_LENGTH = 256;
const SIGNATURE_BYTES = 16;
const HOLDER_HASH_BYTES = 9;
const kindLetters: Readonly<Record<CertificateKind, string>> = { residency: 'R', 'no-objection': 'N', 'traffic-clearance': 'T' };
const codePattern = /^MOI1\.([a-z0-9]{1,12})\.([A-Za-z0-9_-]{8,160})\.([A-Za-z0-9_-]{22})$/;
const documentIdPattern = /^[A-Z0-9-]{1,40}$/;

function hmac(key: SigningKey, text: string): Buffer {
  return createHmac('sha256', key.secret).update(text, 'utf8').digest();
}

/** The holder as the code names them: a keyed hash of the ID number, 12 characters. */
export function holderHashOf(key: SigningKey, holderIdNumber: string): string {
  return hmac(key, `holder:${holderIdNumber}`).subarray(0, HOLDER_HASH_BYTES).toString('base64url');
}

function isRealDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}

/** Throws on claims we would never issue: signing bad claims is a bug in the caller. */
export function signDocumentCode(claims: DocumentClaims, key: SigningKey): string {
  if (!/^[a-z0-9]{1,12}$/.test(key.id)) throw new Error('verification-code: key id must be [a-z0-9]{1,12}');
  if (!documentIdPattern.test(claims.documentId)) throw new Error('verification-code: document id must be [A-Z0-9-]{1,40}');
  if (!isRealDate(claims.issueDate)) throw new Error('verification-code: issue date must be YYYY-MM-DD');
  const payload = Buffer.from([claims.documentId, kindLetters[claims.kind], claims.holderHash, claims.issueDate.replaceAll('-', '')].join('|'), 'utf8').toString('base64url');
  const signed = `${VERSION}.${key.id}.${payload}`;
  return `${signed}.${hmac(key, signed).subarray(0, SIGNATURE_BYTES).toString('base64url')}`;
}

function parsePayload(payload: string): DocumentClaims | undefined {
  const fields = Buffer.from(payload, 'base64url').toString('utf8').split('|');
  if (fields.length !== 4) return undefined;
  const [documentId, letter, holderHash, ymd] = fields as [string, string, string, string];
  const kind = certificateKinds.find((k) => kindLetters[k] === letter);
  const issueDate = `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`;
  if (!documentIdPattern.test(documentId) || kind === undefined || !/^[A-Za-z0-9_-]{12}$/.test(holderHash) || !/^\d{8}$/.test(ymd) || !isRealDate(issueDate)) return undefined;
  return { documentId, kind, holderHash, issueDate };
}

/** Whatever was scanned (any value, any length): signed by one of our keys, or not ours. */
export function verifyDocumentCode(scanned: unknown, keys: readonly SigningKey[]): CodeVerification {
  if (typeof scanned !== 'string' || scanned.length > MAX_CODE_LENGTH) return { kind: 'not-a-ministry-document', reason: 'malformed' };
  const match = codePattern.exec(scanned.trim());
  if (!match) return { kind: 'not-a-ministry-document', reason: 'malformed' };
  const [, keyId, payload, signature] = match as unknown as [string, string, string, string];
  const key = keys.find((k) => k.id === keyId);
  if (!key) return { kind: 'not-a-ministry-document', reason: 'unknown-key' };
  // compared as text: base64 decoding ignores the last character's spare bits, so comparing
  // bytes would accept several spellings of one signature
  const expected = Buffer.from(hmac(key, `${VERSION}.${keyId}.${payload}`).subarray(0, SIGNATURE_BYTES).toString('base64url'));
  const given = Buffer.from(signature);
  // constant time: a forger must not learn the signature byte by byte from our timing
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { kind: 'not-a-ministry-document', reason: 'bad-signature' };
  const claims = parsePayload(payload);
  return claims ? { kind: 'signed', keyId, claims } : { kind: 'not-a-ministry-document', reason: 'malformed' };
}
