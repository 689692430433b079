import { isSignatureValid } from '../../electron/central-client/signing';
import type { ApiRequest } from './dispatch';

export interface CentralAuth {
  /** Each kiosk's secret, by kiosk id. */
  readonly secrets: Readonly<Record<string, string>>;
  /** How far a request's timestamp may be from the central's clock (default 5 minutes). */
  readonly maxSkewMs?: number;
}

export type AuthFailure = 'unknown-kiosk' | 'no-signature' | 'stale-timestamp' | 'bad-signature' | 'replayed';

/**
 * Checks a request's HMAC signature and timestamp. A signature seen before within the window
 * is a replay: a genuine retry is signed afresh, so it never collides.
 */
export function createAuthenticator(auth: CentralAuth, now: () => Date) {
  const maxSkewMs = auth.maxSkewMs ?? 5 * 60_000;
  const seen = new Map<string, number>();

  function forgetOld(at: number): void {
    for (const [signature, expiresAt] of seen) if (expiresAt < at) seen.delete(signature);
  }

  return (request: ApiRequest): AuthFailure | undefined => {
    const secret = request.kioskId === undefined ? undefined : auth.secrets[request.kioskId];
    if (secret === undefined) return 'unknown-kiosk';
    if (!request.signature || !request.timestamp || !/^\d{1,15}$/.test(request.timestamp)) return 'no-signature';
    const timestamp = Number(request.timestamp);
    const at = now().getTime();
    if (Math.abs(at - timestamp) > maxSkewMs) return 'stale-timestamp';
    if (!isSignatureValid(secret, { method: request.method, path: request.path, timestamp, body: request.body }, request.signature)) return 'bad-signature';
    forgetOld(at);
    if (seen.has(request.signature)) return 'replayed';
    seen.set(request.signature, timestamp + maxSkewMs);
    return undefined;
  };
}
