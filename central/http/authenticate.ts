import { isSignatureValid } from '../../electron/central-client/signing';
import type { ApiRequest } from './dispatch';

export interface CentralAuth {
  /** Fixed secrets by kiosk id (tests); enrolled kiosks' secrets come from the central's database. */
  readonly secrets?: Readonly<Record<string, string>>;
  /** How far a request's timestamp may be from the central's clock (default 5 minutes). */
  readonly maxSkewMs?: number;
}

export type AuthFailure = 'unknown-kiosk' | 'no-signature' | 'stale-timestamp' | 'bad-signature' | 'replayed' | 'revoked';

/** An enrolled kiosk's secrets: the current one, and during a rotation the offered next one. */
export interface EnrolledCredentials {
  credentialsOf(kioskId: string): { readonly secret: string; readonly nextSecret: string | null; readonly isRevoked: boolean } | undefined;
  /** The kiosk signed with its next secret: it has it, so the old one retires. */
  promoteNextSecret(kioskId: string, secret: string, nowMs: number): void;
}

/**
 * Checks a request's HMAC signature and timestamp. A signature seen before within the window
 * is a replay: a genuine retry is signed afresh, so it never collides. A revoked kiosk is told
 * so only once its signature checks out, so nobody else learns which kiosks are revoked.
 */
export function createAuthenticator(auth: CentralAuth, now: () => Date, enrolled?: EnrolledCredentials) {
  const maxSkewMs = auth.maxSkewMs ?? 5 * 60_000;
  const seen = new Map<string, number>();

  function forgetOld(at: number): void {
    for (const [signature, expiresAt] of seen) if (expiresAt < at) seen.delete(signature);
  }

  return (request: ApiRequest): AuthFailure | undefined => {
    const fixed = request.kioskId === undefined ? undefined : auth.secrets?.[request.kioskId];
    const stored = fixed === undefined && request.kioskId !== undefined ? enrolled?.credentialsOf(request.kioskId) : undefined;
    if (fixed === undefined && stored === undefined) return 'unknown-kiosk';
    if (!request.signature || !request.timestamp || !/^\d{1,15}$/.test(request.timestamp)) return 'no-signature';
    const timestamp = Number(request.timestamp);
    const at = now().getTime();
    if (Math.abs(at - timestamp) > maxSkewMs) return 'stale-timestamp';
    const parts = { method: request.method, path: request.path, timestamp, body: request.body };
    const isCurrent = isSignatureValid(fixed ?? stored?.secret ?? '', parts, request.signature);
    const isNext = !isCurrent && !!stored?.nextSecret && isSignatureValid(stored.nextSecret, parts, request.signature);
    if (!isCurrent && !isNext) return 'bad-signature';
    forgetOld(at);
    if (seen.has(request.signature)) return 'replayed';
    seen.set(request.signature, timestamp + maxSkewMs);
    if (stored?.isRevoked) return 'revoked';
    if (isNext && stored?.nextSecret) enrolled?.promoteNextSecret(request.kioskId ?? '', stored.nextSecret, at);
    return undefined;
  };
}
