// POST /v1/enrolment (unsigned: the code is the credential) and POST /v1/credentials/rotate
// (signed with the current secret; server.ts has checked it). See enrolment-wire.ts.
import { EnrolRequest, enrolmentPath, rotatePath } from '../../electron/central-client/enrolment-wire';
import type { ApiRequest } from '../http/dispatch';
import { parseJson } from '../http/io';
import { refuse, type RouteAnswer } from '../http/route-answer';
import type { RouteDeps } from '../http/routes';
import { enrolmentTableFor, type EnrolRefusal } from './enrolment-table';

// An unknown and a used code look alike to the caller: no oracle for guessing codes.
const refusals: Record<EnrolRefusal, RouteAnswer> = {
  'unknown-code': refuse(403, 'central:reason.enrolment-refused'),
  'already-used': refuse(403, 'central:reason.enrolment-refused'),
  expired: refuse(410, 'central:reason.enrolment-expired'),
};

export const isEnrolmentPath = (path: string): boolean => path === enrolmentPath || path === rotatePath;

export function enrolmentRoute(deps: RouteDeps, request: ApiRequest): RouteAnswer {
  const table = enrolmentTableFor(deps.context().db);
  const nowMs = deps.now().getTime();
  if (request.path === enrolmentPath) {
    const json = parseJson(request.body);
    const q = json.ok ? EnrolRequest.safeParse(json.value) : undefined;
    if (!q?.success) return refuse(400, 'central:reason.bad-request');
    const enrolled = table.enrol(q.data.code, nowMs);
    return enrolled.ok ? { status: 201, body: { kioskId: enrolled.kioskId, secret: enrolled.secret } } : refusals[enrolled.refusal];
  }
  if (!request.kioskId) return refuse(400, 'central:reason.kiosk-id-required');
  const secret = table.offerNextSecret(request.kioskId);
  // Kiosks with a secret from the central's static list (tests) cannot rotate it here.
  return secret ? { status: 200, body: { secret } } : refuse(409, 'central:reason.not-enrolled');
}
