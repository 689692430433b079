// The central-service simulator: plain node:http (a handful of JSON routes needs no framework),
// bound to 127.0.0.1, with its own SQLite file.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../electron/log/logger';
import { isoDay } from './db/dates';
import { openCentralDb, type CentralCurrency } from './db/open-central-db';
import { addViolations, changeFee } from './db/record-queries';
import { revokePermission } from './db/delegation-queries';
import { renderFleetPage } from './fleet/fleet-page';
import { listKiosks, type KioskStatus } from './fleet/kiosk-registry';
import { auditAnchorsOf } from './fleet/audit-anchors';
import { dispatchApi, readApiRequest, routeClass } from './http/dispatch';
import { createAuthenticator, type CentralAuth } from './http/authenticate';
import { createFaultQueue, type CentralFault } from './http/faults';
import { centralTimeHeader } from '../electron/central-client/signing';
import { revokedReason } from '../electron/central-client/enrolment-wire';
import { enrolmentTableFor } from './enrolment/enrolment-table';
import { isEnrolmentPath } from './enrolment/enrolment-routes';
import { refundCount } from './refunds/refund-route';
import { sendHtml, sendJson } from './http/io';
import type { RouteAnswer, RouteDeps } from './http/routes';
import type { RuleContext } from './rules/rule-types';
import { createTransactionDesk } from './transactions/submit-batch';

export type { CentralFault } from './http/faults';
export type { CentralAuth } from './http/authenticate';
export type { KioskStatus } from './fleet/kiosk-registry';

export interface StartCentralOptions {
  readonly dbPath: string;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly host?: '127.0.0.1';
  readonly now?: () => Date;
  /** Default QAR with 2 decimals; a database seeded in another currency is refused. */
  readonly currency?: CentralCurrency;
  /** Delete the database first and seed it again. */
  readonly isFresh?: boolean;
  readonly logger?: Logger;
  /**
   * When given, every kiosk request must be signed (401 otherwise) with a fixed secret from
   * here or an enrolled kiosk's secret; only health, enrolment and the app's approval are not.
   */
  readonly auth?: CentralAuth;
  /** PEM server certificate and key: the simulator serves HTTPS (see tls/test-ca.ts). */
  readonly tls?: { readonly cert: string; readonly key: string };
}

/** Test and dev-panel controls: they change what the central does, never how the kiosk is built. */
export interface CentralControl {
  /** Changes a fee (traffic-fines: a violation id's amount) and bumps the service's fee version. */
  changeFee(serviceId: string, code: string, amountMinor: number): void;
  /** Plays these faults on the next API requests, one per request. */
  faultNext(...faults: CentralFault[]): void;
  /**
   * Holds transactions (all, or only these keys) after their key is claimed, until released:
   * duplicates meanwhile get 409. `reached()` resolves once a held transaction is waiting.
   */
  holdProcessing(onlyKeys?: readonly string[]): { reached(): Promise<void>; release(): void };
  kiosks(): readonly KioskStatus[];
  /** Adds unpaid violations (dated today) for a person and returns their ids. */
  addViolations(personId: string, count: number, amountMinor?: number): string[];
  /** The company withdraws one service from its representative; false when it was not granted. */
  revokePermission(representativeId: string, serviceId: string): boolean;
  /** A one-time enrolment code for this kiosk id (default validity 24 hours). */
  issueEnrolmentCode(kioskId: string, ttlMs?: number): string;
  /** Whether this secret is this kiosk's (current, or offered by a rotation), revoked, or unknown here. */
  credentialState(kioskId: string, secret: string): 'valid' | 'revoked' | 'unknown';
  /** The kiosk's signed requests are answered 401 `revoked` from now on; false when it was not active. */
  revokeKiosk(kioskId: string): boolean;
  /** Refund requests held (for one transaction key, or all). */
  refundRequestCount(key?: string): number;
}

export interface RunningCentral {
  readonly url: string;
  close(): Promise<void>;
  /** Read from its own SQLite: transactions it stored (refusals not counted). */
  storedTransactionCount(): number;
  readonly control: CentralControl;
}

export async function startCentral(options: StartCentralOptions): Promise<RunningCentral> {
  const now = options.now ?? (() => new Date());
  const currency = options.currency ?? { code: 'QAR', minorUnits: 2 };
  const db = openCentralDb(options.dbPath, { today: now(), currency, isFresh: options.isFresh ?? false });
  const context = (): RuleContext => ({ db, today: isoDay(now()), currency });
  let hold: { wait: Promise<void>; keys: Set<string> | undefined; reached: () => void } | undefined;
  const desk = createTransactionDesk(context, {
    async beforeCommit(key) {
      if (!hold || (hold.keys && !hold.keys.has(key))) return;
      hold.reached();
      await hold.wait;
    },
  });
  const deps: RouteDeps = { context, desk, now };
  const faults = createFaultQueue();
  const enrolment = enrolmentTableFor(db);
  const authenticate = options.auth ? createAuthenticator(options.auth, now, enrolment) : undefined;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://central').pathname;
    res.setHeader(centralTimeHeader, now().toISOString());
    if (req.method === 'GET' && path === '/fleet') return sendHtml(res, renderFleetPage(listKiosks(db), now()));
    if (req.method === 'GET' && path === '/v1/fleet') return sendJson(res, 200, { kiosks: listKiosks(db) });
    const anchorsOf = /^\/v1\/fleet\/([A-Z0-9-]{3,32})\/audit-anchors$/.exec(path);
    if (req.method === 'GET' && anchorsOf) return sendJson(res, 200, { anchors: auditAnchorsOf(db, anchorsOf[1]!) });
    const fault = path === '/v1/health' ? undefined : faults.next();
    if (fault && playFaultBefore(fault, res)) return;
    const request = await readApiRequest(req);
    const refusedBy = 'status' in request || !authenticate || isUnsigned(path) ? undefined : authenticate(request);
    if (refusedBy) options.logger?.log('central.refused-signature', { why: refusedBy });
    const refusal = { error: { reason: refusedBy === 'revoked' ? revokedReason : 'central:reason.unauthorised' } };
    const answer: RouteAnswer = 'status' in request ? request : refusedBy ? { status: 401, body: refusal } : await dispatchApi(deps, request);
    options.logger?.log('central.request', { route: routeClass(req.method ?? 'GET', path), status: answer.status });
    if (fault?.kind === 'drop-after-commit') {
      res.socket?.destroy();
      return;
    }
    sendJson(res, answer.status, answer.body);
  }

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((cause: unknown) => {
      // A bug in the simulator: answer 500 so the client's retry path is exercised, and say so.
      options.logger?.log('central.request', { route: routeClass(req.method ?? 'GET', req.url ?? ''), status: 500, error: cause instanceof Error ? cause.name : 'unknown' });
      if (!res.headersSent) sendJson(res, 500, { error: { reason: 'central:reason.server-error' } });
    });
  };
  const server = options.tls ? createTlsServer({ cert: options.tls.cert, key: options.tls.key }, onRequest) : createServer(onRequest);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    storedTransactionCount: () => desk.storedCount(),
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      db.close();
    },
    control: {
      changeFee: (serviceId, code, amountMinor) => changeFee(db, serviceId, code, amountMinor),
      faultNext: (...list) => faults.push(...list),
      holdProcessing(onlyKeys) {
        let release = () => {};
        let reached = () => {};
        const isReached = new Promise<void>((resolve) => (reached = resolve));
        const wait = new Promise<void>((resolve) => (release = resolve));
        hold = { wait, keys: onlyKeys ? new Set(onlyKeys) : undefined, reached };
        return {
          reached: () => isReached,
          release() {
            hold = undefined;
            release();
          },
        };
      },
      kiosks: () => listKiosks(db),
      addViolations: (personId, count, amountMinor = 100 * 10 ** currency.minorUnits) => addViolations(db, personId, count, amountMinor, isoDay(now())),
      revokePermission: (representativeId, serviceId) => revokePermission(db, representativeId, serviceId),
      issueEnrolmentCode: (kioskId, ttlMs = 24 * 60 * 60_000) => enrolment.issueCode(kioskId, now().getTime(), ttlMs),
      credentialState(kioskId, secret) {
        const stored = enrolment.credentialsOf(kioskId);
        if (!stored || (stored.secret !== secret && stored.nextSecret !== secret)) return 'unknown';
        return stored.isRevoked ? 'revoked' : 'valid';
      },
      revokeKiosk: (kioskId) => enrolment.revoke(kioskId, now().getTime()),
      refundRequestCount: (key) => refundCount(db, key),
    },
  };
}

/** Requests that carry no kiosk signature: health, enrolment (the code is the credential), the app's approval. */
function isUnsigned(path: string): boolean {
  return path === '/v1/health' || (isEnrolmentPath(path) && path !== '/v1/credentials/rotate') || /^\/v1\/login\/challenges\/[^/]+\/approve$/.test(path);
}

/** Faults that replace the answer entirely; returns true when the request is finished. */
function playFaultBefore(fault: CentralFault, res: ServerResponse): boolean {
  switch (fault.kind) {
    case 'drop':
      res.socket?.destroy();
      return true;
    case 'status':
      sendJson(res, fault.status, { error: { reason: 'central:reason.server-error' } });
      return true;
    case 'garbage':
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"results": [tru');
      return true;
    case 'wrong-body':
      sendJson(res, 200, { unexpected: true });
      return true;
    case 'stall':
      return true; // the socket stays open until the client gives up or the server closes
    case 'drop-after-commit':
    case 'pass':
      return false;
  }
}
