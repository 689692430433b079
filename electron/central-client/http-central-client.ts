import { err, ok, type Result } from '../../hardware/result';
import type { CentralError } from '../../state-machines/domain';
import type { CentralClient, HeartbeatSender, SubmitResult } from './contract';
import type { Logger } from '../log/logger';
import { createCentralClock } from './central-clock';
import { postJsonSigned as postJson, type HttpCallOptions, type KioskSecret } from './http-call';
import type { OutboxTransaction } from '../outbox/types';
import { DocumentResponse } from './document-wire';
import { BatchResponse, EligibilityResponse, HeartbeatResponse, InfoResponse, ItemsResponse, ProfileResponse, QuoteResponse, quoteChangedReason, type WireTransaction } from './wire';

export interface HttpCentralClientOptions {
  readonly baseUrl: string;
  readonly kioskId: string;
  readonly timeoutMs: number;
  readonly fetchImpl?: typeof fetch;
  /** The kiosk's secret: every request is signed with it (signing.ts); unsigned when absent. A function reads the current one (rotation). */
  readonly secret?: KioskSecret;
  /** The kiosk's clock in ms (tests skew it); the central's time is learned from its replies. */
  readonly now?: () => number;
  readonly logger?: Logger;
}

export function createHttpCentralClient(options: HttpCentralClientOptions): CentralClient & HeartbeatSender & { clockOffsetMs(): number } {
  const clock = createCentralClock({ ...(options.now ? { now: options.now } : {}), ...(options.logger ? { logger: options.logger } : {}) });
  const call: HttpCallOptions = { baseUrl: options.baseUrl, kioskId: options.kioskId, timeoutMs: options.timeoutMs, fetchImpl: options.fetchImpl ?? fetch, clock, ...(options.secret ? { secret: options.secret } : {}) };
  const service = (serviceId: string, action: string) => `/v1/services/${encodeURIComponent(serviceId)}/${action}`;
  const map = async <T, U>(pending: Promise<Result<T, CentralError>>, f: (value: T) => U): Promise<Result<U, CentralError>> => {
    const result = await pending;
    return result.ok ? ok(f(result.value)) : result;
  };

  return {
    profile: (holderId) => map(postJson(call, '/v1/profile', { holderId }, ProfileResponse), (p) => p),
    eligibility: (serviceId, q) => map(postJson(call, service(serviceId, 'eligibility'), q, EligibilityResponse), (e) => e),
    items: (serviceId, q) => map(postJson(call, service(serviceId, 'items'), q, ItemsResponse), (r) => r.items),
    quote: (serviceId, q) => map(postJson(call, service(serviceId, 'quote'), q, QuoteResponse), (r) => r),
    info: (serviceId, q) => map(postJson(call, service(serviceId, 'info'), q, InfoResponse), (r) => r.rows),
    document: (serviceId, q) => map(postJson(call, service(serviceId, 'document'), q, DocumentResponse), (r) => r.document),
    async submitBatch(batch) {
      const wire = batch.map(toWire);
      if (wire.some((t) => t === undefined)) return err({ kind: 'rejected', status: 400, reason: 'central:reason.not-paid' });
      const answer = await postJson(call, '/v1/transactions/batch', { transactions: wire }, BatchResponse);
      if (!answer.ok) return answer;
      // One answer per transaction, in order; anything else cannot be trusted to mark rows synced.
      const results = answer.value.results;
      if (results.length !== batch.length || results.some((r, i) => r.key !== batch[i]!.key)) return err({ kind: 'bad-response' });
      return ok(results.map(toSubmitResult));
    },
    heartbeat: (beat) => postJson(call, '/v1/heartbeat', beat, HeartbeatResponse),
    clockOffsetMs: () => clock.offsetMs(),
  };
}

function toWire(t: OutboxTransaction): WireTransaction | undefined {
  if (!t.payment || !t.paidAt) return undefined; // only paid rows are ever sent
  return {
    key: t.key, seq: t.seq, reference: t.reference, serviceId: t.serviceId, holderId: t.holderId, subjectId: t.subjectId,
    quoteId: t.quoteId, quoteVersion: t.quoteVersion, amountMinor: t.amountMinor, currency: t.currency, payload: { ...t.payload },
    payment: { paymentRef: t.payment.paymentRef, authCode: t.payment.authCode }, paidAt: t.paidAt,
  };
}

function toSubmitResult(r: BatchResponse['results'][number]): SubmitResult {
  if (r.outcome === 'stored') return { key: r.key, outcome: 'stored', requestId: r.requestId, isReplay: r.status === 200 };
  if (r.status === 412 || r.reason === quoteChangedReason) return { key: r.key, outcome: 'refused', error: { kind: 'quote-changed' } };
  return { key: r.key, outcome: 'refused', error: { kind: 'rejected', status: r.status, reason: r.reason } };
}
