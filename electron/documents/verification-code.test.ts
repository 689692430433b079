import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { DocumentClaims, SigningKey } from './verification-code';
import { holderHashOf, signDocumentCode, verifyDocumentCode } from './verification-code';
import { documentVerdict } from './document-verdict';

const key: SigningKey = { id: 'k2026', secret: new TextEncoder().encode('central-test-secret-0123456789abcdef') };
const oldKey: SigningKey = { id: 'k2025', secret: new TextEncoder().encode('last-years-secret-0123456789abcdef') };
const claims: DocumentClaims = { documentId: 'CRT-2026-000123', kind: 'residency', holderHash: holderHashOf(key, '28435612345'), issueDate: '2026-11-25' };

describe('document verification code', () => {
  it('given a code the central signed, then it verifies with its claims and key id, and stays short enough for a small QR', () => {
    const code = signDocumentCode(claims, key);
    expect(code).toMatch(/^MOI1\.k2026\./);
    expect(code.length).toBeLessThan(120);
    expect(verifyDocumentCode(code, [oldKey, key])).toEqual({ kind: 'signed', keyId: 'k2026', claims });
  });

  it('given the code, then it does not contain the ID number, and the holder hash depends on the key', () => {
    const code = signDocumentCode(claims, key);
    expect(Buffer.from(code.split('.')[2]!, 'base64url').toString()).not.toContain('28435612345');
    expect(holderHashOf(oldKey, '28435612345')).not.toBe(claims.holderHash);
  });

  it('given one changed character anywhere, then it is not a ministry document', () => {
    const code = signDocumentCode(claims, key);
    for (let i = 0; i < code.length; i++) {
      const changed = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
      expect(verifyDocumentCode(changed, [key]).kind, `position ${i}`).toBe('not-a-ministry-document');
    }
  });

  it('given claims re-signed with a key the central does not hold, then the reason is unknown-key; with a forged signature, bad-signature', () => {
    const forger: SigningKey = { id: 'k2026', secret: new TextEncoder().encode('guessed') };
    expect(verifyDocumentCode(signDocumentCode(claims, forger), [key])).toEqual({ kind: 'not-a-ministry-document', reason: 'bad-signature' });
    expect(verifyDocumentCode(signDocumentCode(claims, { ...forger, id: 'x1' }), [key])).toEqual({ kind: 'not-a-ministry-document', reason: 'unknown-key' });
  });

  it('given a correctly signed payload with nonsense fields, then it is malformed, not genuine', () => {
    const payload = Buffer.from('CRT-1|Z|short|20261399').toString('base64url');
    const signed = `MOI1.k2026.${payload}`;
    const sig = createHmac('sha256', key.secret).update(signed).digest().subarray(0, 16).toString('base64url');
    expect(verifyDocumentCode(`${signed}.${sig}`, [key])).toEqual({ kind: 'not-a-ministry-document', reason: 'malformed' });
  });

  it('given garbage of every kind, then the answer is not-a-ministry-document and nothing throws', () => {
    const garbage: unknown[] = ['', 'hello', 'MOI1', 'MOI1...', 'MOI1.k2026.%%%.%%%', 'x'.repeat(100_000), '\u0000\uffff', null, undefined, 42, {}, ['MOI1'], 'https://example.com/?q=MOI1.k2026.a.b'];
    for (const scanned of garbage) expect(verifyDocumentCode(scanned, [key]).kind).toBe('not-a-ministry-document');
  });

  it('given surrounding spaces (some scanners add one), then the code still verifies', () => {
    expect(verifyDocumentCode(` ${signDocumentCode(claims, key)} `, [key]).kind).toBe('signed');
  });
});

describe('document verdict', () => {
  const code = signDocumentCode(claims, key);
  it('given a registered document, then genuine; revoked, then revoked with the date; absent, then unknown; forged, then not ours', () => {
    expect(documentVerdict(verifyDocumentCode(code, [key]), () => ({ claims }))).toEqual({ kind: 'genuine', claims });
    expect(documentVerdict(verifyDocumentCode(code, [key]), () => ({ claims, revokedOn: '2026-12-01' }))).toEqual({ kind: 'revoked', claims, revokedOn: '2026-12-01' });
    expect(documentVerdict(verifyDocumentCode(code, [key]), () => undefined)).toEqual({ kind: 'unknown', claims });
    expect(documentVerdict(verifyDocumentCode(`${code}x`, [key]), () => ({ claims }))).toEqual({ kind: 'not-a-ministry-document' });
  });

  it('given the registry holds other claims under that id, then unknown rather than genuine', () => {
    expect(documentVerdict(verifyDocumentCode(code, [key]), () => ({ claims: { ...claims, kind: 'no-objection' } })).kind).toBe('unknown');
  });
});
