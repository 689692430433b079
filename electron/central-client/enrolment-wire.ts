// Enrolment and secret rotation, as the kiosk and the central exchange them (zod both sides).
//   POST /v1/enrolment           unsigned: { code } → { kioskId, secret } (a code works once)
//   POST /v1/credentials/rotate  signed with the current secret: {} → { secret }
// A revoked kiosk's signed requests are answered 401 with reason `central:reason.revoked`.
import { z } from 'zod';

export const enrolmentPath = '/v1/enrolment';
export const rotatePath = '/v1/credentials/rotate';
export const revokedReason = 'central:reason.revoked';

/** Three groups of four from Crockford's base-32 alphabet (no I, L, O, U): 60 random bits. */
export const enrolmentCodeFormat = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** What a person types is forgiving: lower case and missing dashes are fine. */
export function normaliseEnrolmentCode(typed: string): string {
  const compact = typed.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return compact.length === 12 ? `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}` : typed;
}

const kioskId = z.string().regex(/^[A-Z0-9-]{3,32}$/);
const secret = z.string().regex(/^[A-Za-z0-9_-]{43}$/, '32 random bytes, base64url');

export const EnrolRequest = z.object({ code: z.string().regex(enrolmentCodeFormat) });
export const EnrolResponse = z.object({ kioskId, secret });
export type EnrolResponse = z.infer<typeof EnrolResponse>;
export const RotateResponse = z.object({ secret });
