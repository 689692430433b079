import type { IncomingMessage, ServerResponse } from 'node:http';
import { err, ok, type Result } from '../../hardware/result';

const maxBodyBytes = 2 * 1024 * 1024;

/** The raw body, bounded so a runaway client cannot exhaust the simulator's memory. */
export function readBody(req: IncomingMessage): Promise<Result<Buffer, 'too-large' | 'aborted'>> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        resolve(err('too-large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(ok(Buffer.concat(chunks))));
    req.on('error', () => resolve(err('aborted')));
  });
}

export function parseJson(body: Buffer): Result<unknown, 'not-json'> {
  try {
    return ok(body.length === 0 ? {} : (JSON.parse(body.toString('utf8')) as unknown));
  } catch {
    // Malformed JSON is the client's fault and gets a 400, not a crash.
    return err('not-json');
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store', ...headers });
  res.end(text);
}

export function sendRefusal(res: ServerResponse, status: number, reason: string): void {
  sendJson(res, status, { error: { reason } });
}

export function sendHtml(res: ServerResponse, html: string): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'", 'cache-control': 'no-store' });
  res.end(html);
}
