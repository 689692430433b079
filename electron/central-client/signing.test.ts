import { describe, expect, it } from 'vitest';
import { canonicalRequest, isSignatureValid, signRequest } from './signing';

describe('request signing', () => {
  const parts = { method: 'POST', path: '/v1/transactions/batch', timestamp: 1_772_618_400_000, body: '{"transactions":[]}' };

  // Fixtures computed with coreutils and OpenSSL, not with this code:
  //   printf '%s' '{"transactions":[]}' | sha256sum
  //   printf 'POST\n/v1/transactions/batch\n1772618400000\n<hash>' | openssl dgst -sha256 -hmac secret-A
  it('given a request, then the signed text is method, path, timestamp and the body SHA-256, and the HMAC matches OpenSSL', () => {
    expect(canonicalRequest(parts)).toBe('POST\n/v1/transactions/batch\n1772618400000\n50aa01eac0d44824862af3c008bc2baee05a0b866ddab1145b5eb84b09d99f77');
    expect(signRequest('secret-A', parts)).toBe('4722d52e547160d5048a86e04257dbb992312b2b39ca79619c8f69aa4d16a209');
  });

  it('given the right secret, then the signature verifies; any changed part or another secret does not', () => {
    const signature = signRequest('secret-A', parts);
    expect(isSignatureValid('secret-A', parts, signature)).toBe(true);
    expect(isSignatureValid('secret-B', parts, signature)).toBe(false);
    for (const changed of [{ method: 'PUT' }, { path: '/v1/profile' }, { timestamp: parts.timestamp + 1 }, { body: '{"transactions":[1]}' }]) {
      expect(isSignatureValid('secret-A', { ...parts, ...changed }, signature)).toBe(false);
    }
  });

  it('given a signature that is not 64 hex digits, then it is refused without throwing', () => {
    expect(isSignatureValid('secret-A', parts, 'zz')).toBe(false);
    expect(isSignatureValid('secret-A', parts, '')).toBe(false);
  });
});
