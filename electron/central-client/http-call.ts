import type { z } from 'zod';
import { err, ok, type Result } from '../../hardware/result';
import type { CentralError } from '../../state-machines/domain';
import { createCentralClock, type CentralClock } from './central-clock';
import { centralTimeHeader, signatureHeader, signRequest, timestampHeader } from './signing';
import { ErrorResponse } from './wire';

export interface HttpCallOptions {
  readonly baseUrl: string;
  readonly kioskId: string;
  readonly timeoutMs: number;
  readonly fetchImpl: typeof fetch;
  /** Learns the central's time from every reply; signs with it. */
  readonly clock: CentralClock;
  /** The kiosk's secret: requests are signed when present. A function reads it per request (rotation). */
  readonly secret?: KioskSecret;
}

/** What a small client of one central route family is given (the receipt, document and credential clients). */
export interface CentralRouteClientOptions {
  readonly baseUrl: string;
  readonly kioskId: string;
  readonly timeoutMs: number;
  readonly fetchImpl?: typeof fetch;
  /** The kiosk's secret (signing.ts); a function reads the current one (rotation). */
  readonly secret?: KioskSecret;
}

/** The call options of such a client: the global fetch unless a test gives one, its own central clock. */
export function callOptionsOf(options: CentralRouteClientOptions): HttpCallOptions {
  return {
    baseUrl: options.baseUrl,
    kioskId: options.kioskId,
    timeoutMs: options.timeoutMs,
    fetchImpl: options.fetchImpl ?? fetch,
    clock: createCentralClock(),
    ...(options.secret !== undefined ? { secret: options.secret } : {}),
  };
}

/** A fixed secret, or a reader of the current one (the composition root's, which rotation updates). */
export type KioskSecret = string | (() => string | undefined);

export const currentSecret = (secret: KioskSecret | undefined): string | undefined => (typeof secret === 'function' ? secret() : secret);

/** As postJson, retrying once when a 401 came with a clock correction (a skewed kiosk clock). */
export async function postJsonSigned<S extends z.ZodType>(options: HttpCallOptions, path: string, payload: unknown, schema: S): Promise<Result<z.infer<S>, CentralError>> {
  const first = await postJson(options, path, payload, schema);
  if (first.ok || first.error.kind !== 'unauthorised' || !currentSecret(options.secret) || !first.error.isClockCorrected) return stripHint(first);
  return stripHint(await postJson(options, path, payload, schema));
}

type Hinted = CentralError & { isClockCorrected?: boolean };
function stripHint<T>(result: Result<T, Hinted>): Result<T, CentralError> {
  if (result.ok || result.error.kind !== 'unauthorised') return result;
  return err({ kind: 'unauthorised' });
}

function signedHeaders(options: HttpCallOptions, path: string, body: string): Record<string, string> {
  const secret = currentSecret(options.secret);
  if (!secret) return {};
  const timestamp = options.clock.stamp();
  return { [timestampHeader]: String(timestamp), [signatureHeader]: signRequest(secret, { method: 'POST', path, timestamp, body }) };
}

/**
 * One JSON POST to the central, mapped to a Result: the timeout covers the whole exchange
 * (headers and body), and every answer is parsed with its schema before anyone sees it.
 */
async function postJson<S extends z.ZodType>(options: HttpCallOptions, path: string, payload: unknown, schema: S): Promise<Result<z.infer<S>, Hinted>> {
  const body = JSON.stringify(payload);
  let status: number;
  let text: string;
  let isClockCorrected = false;
  try {
    const res = await options.fetchImpl(options.baseUrl.replace(/\/$/, '') + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kiosk-id': options.kioskId, ...signedHeaders(options, path, body) },
      body,
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    status = res.status;
    isClockCorrected = options.clock.observe(res.headers.get(centralTimeHeader));
    text = await res.text();
  } catch (cause) {
    return err(transportError(cause));
  }
  if (status === 401 || status === 403) return err({ kind: 'unauthorised', isClockCorrected });
  if (status < 200 || status > 299) return err({ kind: 'rejected', status, reason: refusalReason(status, text) });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON at all: the same as any other answer we cannot trust.
    return err({ kind: 'bad-response' });
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? ok(parsed.data) : err({ kind: 'bad-response' });
}

function transportError(cause: unknown): CentralError {
  const name = cause instanceof Error ? cause.name : '';
  return name === 'TimeoutError' || name === 'AbortError' ? { kind: 'timeout' } : { kind: 'unreachable' };
}

function refusalReason(status: number, text: string): string {
  try {
    const parsed = ErrorResponse.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data.error.reason;
  } catch {
    // An error page that is not our JSON: fall back to a reason by status class.
  }
  return status >= 500 ? 'central:reason.server-error' : 'central:reason.refused';
}
