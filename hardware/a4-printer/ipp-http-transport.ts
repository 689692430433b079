// Moves IPP bytes over HTTP (RFC 8010 §4): POST application/ipp, nothing else. Every call is
// bounded by a timeout, answers of any HTTP status settle, and failures come back as values.
import { request } from 'node:http';
import type { Result } from '../result';
import { err, ok } from '../result';

export type IppTransportError =
  | { readonly kind: 'unreachable'; readonly code: string }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'http'; readonly status: number }
  | { readonly kind: 'too-large' };

/** An answer to our few operations is a few hundred bytes; anything near this is not CUPS. */
const MAX_ANSWER_BYTES = 1 << 20;
const IPP_DEFAULT_PORT = 631;

/** `ipp://host:631/printers/q` → `http://host:631/printers/q` (RFC 3510 §4). */
export function httpUrlOf(printerUri: string): URL {
  const url = new URL(printerUri.replace(/^ipp:/, 'http:'));
  if (url.port === '') url.port = String(IPP_DEFAULT_PORT);
  return url;
}

export function postIpp(printerUri: string, body: Uint8Array, timeoutMs: number): Promise<Result<Uint8Array, IppTransportError>> {
  const url = httpUrlOf(printerUri);
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: Result<Uint8Array, IppTransportError>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(result);
    };
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/ipp', 'content-length': body.length } },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume(); // drain, so the socket is released
          settle(err({ kind: 'http', status: res.statusCode ?? 0 }));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_ANSWER_BYTES) settle(err({ kind: 'too-large' }));
          else chunks.push(chunk);
        });
        res.on('end', () => settle(ok(new Uint8Array(Buffer.concat(chunks)))));
        res.on('error', (e: NodeJS.ErrnoException) => settle(err({ kind: 'unreachable', code: e.code ?? 'EIO' })));
      },
    );
    const timer = setTimeout(() => settle(err({ kind: 'timeout' })), timeoutMs);
    req.on('error', (e: NodeJS.ErrnoException) => settle(err({ kind: 'unreachable', code: e.code ?? 'EIO' })));
    req.end(body);
  });
}
