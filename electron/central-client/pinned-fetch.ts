// The kiosk talks to the central over HTTPS and trusts exactly one CA for it: the one in
// config `central.caFile` (the ministry's, or the simulator's test CA), never the system's
// store, so a certificate from any public CA for the same name is refused. node:https rather
// than the global fetch: Node's fetch takes a CA only through an undici dispatcher, which is
// not a dependency here. It returns a real Response, so the clients cannot tell the difference.
import { Agent, request } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';

export interface PinnedFetchOptions {
  readonly caPem: string;
  /** Called with the TLS error code when the central's certificate is refused (for the log). */
  readonly onCertificateRefused?: (code: string) => void;
}

const tlsCodes = /CERT|SELF_SIGNED|UNABLE_TO_|HOSTNAME|ERR_TLS|ERR_SSL/;

export function createPinnedFetch(options: PinnedFetchOptions): typeof fetch {
  const agent = new Agent({ ca: options.caPem, keepAlive: true, maxSockets: 8 });
  const pinned = (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (url.protocol !== 'https:') return Promise.reject(new TypeError('the central is pinned to a CA: https only'));
    const signal = init.signal ?? undefined;
    return new Promise<Response>((resolve, reject) => {
      if (signal?.aborted) return reject(abortError(signal));
      const req = request(url, { method: init.method ?? 'GET', headers: flatHeaders(init.headers), agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const status = res.statusCode ?? 502;
          const body = status === 204 || status === 304 ? null : Buffer.concat(chunks);
          resolve(new Response(body, { status, headers: toHeaders(res.headers) }));
        });
        res.on('error', reject);
      });
      const onAbort = () => req.destroy(abortError(signal));
      signal?.addEventListener('abort', onAbort, { once: true });
      req.on('close', () => signal?.removeEventListener('abort', onAbort));
      req.on('error', (cause: NodeJS.ErrnoException) => {
        if (cause.code && tlsCodes.test(cause.code)) options.onCertificateRefused?.(cause.code);
        reject(cause);
      });
      req.end(typeof init.body === 'string' ? init.body : undefined);
    });
  };
  return pinned as typeof fetch;
}

/** As fetch reports it: the signal's reason (a TimeoutError from AbortSignal.timeout), else an AbortError. */
function abortError(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  if (reason instanceof Error) return reason;
  const error = new Error('aborted');
  error.name = 'AbortError';
  return error;
}

function flatHeaders(headers: HeadersInit | undefined): Record<string, string> {
  return Object.fromEntries(new Headers(headers).entries());
}

function toHeaders(headers: IncomingHttpHeaders): Headers {
  const out = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) out.append(name, item);
  }
  return out;
}
