import type { z } from 'zod';
import { err, ok, type Result } from '../../hardware/result';
import type { CentralError } from '../../state-machines/domain';
import { ErrorResponse } from './wire';

export interface HttpCallOptions {
  readonly baseUrl: string;
  readonly kioskId: string;
  readonly timeoutMs: number;
  readonly fetchImpl: typeof fetch;
  /** Extra headers for a request about to be sent (request signing). */
  readonly sign?: (request: { method: string; path: string; body: string }) => Record<string, string>;
}

/**
 * One JSON POST to the central, mapped to a Result: the timeout covers the whole exchange
 * (headers and body), and every answer is parsed with its schema before anyone sees it.
 */
export async function postJson<S extends z.ZodType>(options: HttpCallOptions, path: string, payload: unknown, schema: S): Promise<Result<z.infer<S>, CentralError>> {
  const body = JSON.stringify(payload);
  let status: number;
  let text: string;
  try {
    const res = await options.fetchImpl(options.baseUrl.replace(/\/$/, '') + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kiosk-id': options.kioskId, ...options.sign?.({ method: 'POST', path, body }) },
      body,
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    status = res.status;
    text = await res.text();
  } catch (cause) {
    return err(transportError(cause));
  }
  if (status === 401 || status === 403) return err({ kind: 'unauthorised' });
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
