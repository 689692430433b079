// Serves the built renderer (renderer/dist) on the bridge's port, read-only, with a strict
// CSP: the page may load only its own files and talk only to its own socket.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wav': 'audio/wav',
};

export function contentSecurityPolicy(wsOrigin: string): string {
  return [
    "default-src 'self'",
    `connect-src ${wsOrigin}`,
    "img-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Maps a URL path to a file under rootDir, or undefined when it would leave it. */
export function resolveStaticPath(rootDir: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined; // a malformed escape names no file of ours
  }
  if (decoded.includes('\0')) return undefined;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = normalize(join(rootDir, relative));
  return full.startsWith(rootDir.endsWith(sep) ? rootDir : rootDir + sep) ? full : undefined;
}

export interface StaticOptions {
  readonly rootDir: string;
  readonly csp: string;
  readonly isHostAllowed: (host: string | undefined) => boolean;
}

export function createStaticHandler(options: StaticOptions): (request: IncomingMessage, response: ServerResponse) => void {
  const headers = {
    'Content-Security-Policy': options.csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
  const refuse = (response: ServerResponse, status: number): void => {
    response.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(String(status));
  };
  return (request, response) => {
    if (!options.isHostAllowed(request.headers.host)) return refuse(response, 421);
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405);
    const path = resolveStaticPath(options.rootDir, new URL(request.url ?? '/', 'http://local').pathname);
    if (!path) return refuse(response, 404);
    readFile(path).then(
      (body) => {
        response.writeHead(200, { ...headers, 'Content-Type': contentTypes[extname(path)] ?? 'application/octet-stream' });
        response.end(request.method === 'HEAD' ? undefined : body);
      },
      () => refuse(response, 404), // missing or unreadable: the page asked for a file we do not have
    );
  };
}
