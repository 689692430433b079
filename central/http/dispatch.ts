import type { IncomingMessage } from 'node:http';
import { signatureHeader, timestampHeader } from '../../electron/central-client/signing';
import { parseJson, readBody } from './io';
import { loginRoute, loginRouteClass } from '../login/login-routes';
import { receiptRoute } from '../receipts/receipt-routes';
import { batchRoute, heartbeatRoute, profileRoute, serviceRoute, type RouteAnswer, type RouteDeps } from './routes';
import { enrolmentRoute, isEnrolmentPath } from '../enrolment/enrolment-routes';
import { refundRoute } from '../refunds/refund-route';
import { documentChoiceRoute } from '../documents/document-choice-route';
import { documentChoicePath } from '../../electron/central-client/document-choice-wire';
import { documentReprintedRoute } from '../documents/document-reprinted-route';
import { documentReprintedPath } from '../../electron/central-client/document-reprint-wire';

const kioskIdFormat = /^[A-Z0-9-]{3,32}$/;

/** The route's name for logs: never the path itself, which could carry an identifier. */
export function routeClass(method: string, path: string): string {
  if (path.startsWith('/v1/login/')) return loginRouteClass(method, path);
  if (path.startsWith('/v1/services/')) return `${method} /v1/services/:id/${path.split('/')[4] ?? ''}`;
  return `${method} ${path}`;
}

export interface ApiRequest {
  readonly method: string;
  readonly path: string;
  readonly kioskId: string | undefined;
  readonly timestamp: string | undefined;
  readonly signature: string | undefined;
  readonly body: Buffer;
}

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
};

export async function readApiRequest(req: IncomingMessage): Promise<ApiRequest | RouteAnswer> {
  const body = await readBody(req);
  if (!body.ok) return { status: 413, body: { error: { reason: 'central:reason.bad-request' } } };
  return {
    method: req.method ?? 'GET',
    path: new URL(req.url ?? '/', 'http://central').pathname,
    kioskId: header(req, 'x-kiosk-id'),
    timestamp: header(req, timestampHeader),
    signature: header(req, signatureHeader),
    body: body.value,
  };
}

/** Routes a /v1 API request (already authenticated, if the central requires it). */
export async function dispatchApi(deps: RouteDeps, request: ApiRequest): Promise<RouteAnswer> {
  const { method, path } = request;
  if (method === 'GET' && path === '/v1/health') return { status: 200, body: { ok: true, serverTime: deps.now().toISOString() } };
  if (method !== 'POST') return { status: 404, body: { error: { reason: 'central:reason.not-found' } } };
  // The app's approval carries no kiosk header, so login routes check the kiosk id themselves.
  if (path.startsWith('/v1/login/')) return loginRoute(deps, request);
  if (isEnrolmentPath(path)) return enrolmentRoute(deps, request);
  if (!request.kioskId || !kioskIdFormat.test(request.kioskId)) return { status: 400, body: { error: { reason: 'central:reason.kiosk-id-required' } } };
  const json = parseJson(request.body);
  if (!json.ok) return { status: 400, body: { error: { reason: 'central:reason.bad-request' } } };
  if (path === '/v1/profile') return profileRoute(deps, json.value);
  if (path === '/v1/transactions/batch') return batchRoute(deps, request.kioskId, json.value);
  if (path === '/v1/heartbeat') return heartbeatRoute(deps, request.kioskId, json.value);
  if (path === '/v1/refunds') return refundRoute(deps, request.kioskId, json.value);
  if (path === documentChoicePath) return documentChoiceRoute(deps, request.kioskId, json.value);
  if (path === documentReprintedPath) return documentReprintedRoute(deps, request.kioskId, json.value);
  if (path.startsWith('/v1/receipts/')) return receiptRoute(deps, request.kioskId, path, json.value);
  const service = /^\/v1\/services\/([a-z0-9-]{1,64})\/([a-z]+)$/.exec(path);
  if (service) return serviceRoute(deps, service[1]!, service[2]!, json.value);
  return { status: 404, body: { error: { reason: 'central:reason.not-found' } } };
}
