// The JSON of "sign in with the ministry app", shared by the kiosk's login client, the central
// simulator and the app stand-in (npm run app:approve). Paths carry the challenge id, so logs
// name them by class only (central/login/login-routes.ts).
import { z } from 'zod';

/** 32 random bytes, base64url: unguessable, and safe in a path and a QR code. */
export const LoginToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
export const KioskId = z.string().regex(/^[A-Z0-9-]{3,32}$/);
const idNumber = z.string().regex(/^\d{11}$/);

export const loginChallengesPath = '/v1/login/challenges';
export const loginWaitPath = (challengeId: string) => `${loginChallengesPath}/${encodeURIComponent(challengeId)}/wait`;
export const loginApprovePath = (challengeId: string) => `${loginChallengesPath}/${encodeURIComponent(challengeId)}/approve`;

/** The longest the central holds a wait open: under the 30 s idle timeout of common proxies. */
export const maxLoginHoldMs = 25_000;

/**
 * A new challenge. `challengeId` is what the QR carries (it lets the app approve); `pollToken`
 * never leaves the kiosk and is what collecting the approval needs, so a photo of the QR
 * lets nobody read the identity of the person who approves it.
 */
export const ChallengeResponse = z.object({
  challengeId: LoginToken,
  pollToken: LoginToken,
  qrText: z.string().min(1).max(512),
  expiresInMs: z.number().int().positive().max(600_000),
});
export type ChallengeResponse = z.infer<typeof ChallengeResponse>;

export const WaitRequest = z.object({ pollToken: LoginToken, waitMs: z.number().int().min(0).max(maxLoginHoldMs) });

export const LoginHolder = z.object({ idNumber, nameAr: z.string().min(1).max(200), nameLatin: z.string().min(1).max(200), role: z.enum(['resident', 'technician']) });

export const WaitResponse = z.discriminatedUnion('status', [
  z.object({ status: z.literal('pending') }),
  z.object({ status: z.literal('expired') }),
  z.object({ status: z.literal('approved'), holder: LoginHolder, sessionId: z.string().regex(/^[0-9a-f]{4}$/) }),
]);
export type WaitResponse = z.infer<typeof WaitResponse>;

/** The app's approval: the kiosk it scanned (from the QR) and the signed-in person. */
export const ApproveRequest = z.object({ kioskId: KioskId, idNumber });
export const ApproveResponse = z.object({ approved: z.literal(true) });

/** Reasons the central gives when it refuses an approval (texts in locales/<lang>/central.json). */
export const loginRefusalReasons = {
  'unknown-challenge': 'central:reason.login-unknown',
  expired: 'central:reason.login-expired',
  'already-used': 'central:reason.login-used',
  'other-kiosk': 'central:reason.login-other-kiosk',
  'unknown-person': 'central:reason.unknown-person',
} as const;
export type LoginRefusal = keyof typeof loginRefusalReasons;
