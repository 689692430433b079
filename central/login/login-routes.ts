// HTTP for "sign in with the ministry app":
//   POST /v1/login/challenges                 kiosk (x-kiosk-id) → a new challenge
//   POST /v1/login/challenges/:id/wait        kiosk long-poll: { pollToken, waitMs } → pending | expired | approved
//   POST /v1/login/challenges/:id/approve     the app: { kioskId, idNumber } → 200 or a typed refusal
//
// Why a long-poll rather than SSE or a WebSocket: the kiosk needs one answer per code, not a
// stream; each poll is an ordinary POST, so it goes through the same kiosk-id check, request
// signing, fault injection and dispatch as every other route (a WebSocket would need an upgrade
// path in the server and its own authentication); it survives proxies (each hold is at most
// 25 s, under common 30 s idle timeouts) and costs about five requests per two-minute code.
import { z } from 'zod';
import { ApproveRequest, KioskId, LoginToken, WaitRequest, loginChallengesPath, loginRefusalReasons, type LoginRefusal } from '../../electron/central-client/login-wire';
import type { ApiRequest } from '../http/dispatch';
import { parseJson } from '../http/io';
import { refuse, type RouteAnswer } from '../http/route-answer';
import type { RouteDeps } from '../http/routes';
import { loginDeskFor } from './login-desk';

const notFound = refuse(404, 'central:reason.not-found');

const refusalStatus: Record<LoginRefusal, number> = { 'unknown-challenge': 404, 'unknown-person': 404, 'other-kiosk': 403, 'already-used': 409, expired: 410 };

const challengePath = /^\/v1\/login\/challenges\/([A-Za-z0-9_-]{1,64})\/(wait|approve)$/;

/** The route's name for logs: the challenge id in the path is a secret until it expires. */
export function loginRouteClass(method: string, path: string): string {
  const match = challengePath.exec(path);
  return match ? `${method} ${loginChallengesPath}/:id/${match[2]}` : `${method} ${path}`;
}

function parse<T extends z.ZodType>(schema: T, body: Buffer): z.infer<T> | undefined {
  const json = parseJson(body);
  if (!json.ok) return undefined;
  const parsed = schema.safeParse(json.value);
  return parsed.success ? parsed.data : undefined;
}

/** Routes /v1/login/* (POST only; dispatch has checked the method). */
export async function loginRoute(deps: RouteDeps, request: ApiRequest): Promise<RouteAnswer> {
  const desk = loginDeskFor(deps.context().db, deps.now);
  const kioskId = KioskId.safeParse(request.kioskId);
  if (request.path === loginChallengesPath) {
    if (!kioskId.success) return refuse(400, 'central:reason.kiosk-id-required');
    return { status: 201, body: desk.issue(kioskId.data) };
  }
  const match = challengePath.exec(request.path);
  const challengeId = LoginToken.safeParse(match?.[1]);
  if (!match || !challengeId.success) return notFound;

  if (match[2] === 'approve') {
    // The app is not a kiosk: it names the kiosk it scanned in the body, not in x-kiosk-id.
    const q = parse(ApproveRequest, request.body);
    if (!q) return refuse(400, 'central:reason.bad-request');
    const approved = desk.approve(challengeId.data, q.kioskId, q.idNumber);
    return approved.ok ? { status: 200, body: { approved: true } } : refuse(refusalStatus[approved.error], loginRefusalReasons[approved.error]);
  }

  if (!kioskId.success) return refuse(400, 'central:reason.kiosk-id-required');
  const q = parse(WaitRequest, request.body);
  if (!q) return refuse(400, 'central:reason.bad-request');
  const answer = await desk.wait(kioskId.data, challengeId.data, q.pollToken, q.waitMs);
  // Someone else's challenge looks exactly like one that does not exist.
  return answer ? { status: 200, body: answer } : refuse(404, loginRefusalReasons['unknown-challenge']);
}
