// Answers app://kiosk/… requests from the built renderer folder, read-only, with the strict
// CSP on every response. Plain Node (Request in, Response out) so it is tested without
// Electron; protocol.ts registers it.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { appHost, appScheme } from './app-origin';
import { appContentSecurityPolicy } from './content-security-policy';

export type AppRequestRefusal = 'bad-origin' | 'bad-method' | 'bad-path' | 'missing';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
};

const securityHeaders = {
  'Content-Security-Policy': appContentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-store',
} as const;

/** The file under rootDir a URL names, or undefined when it would leave rootDir. */
export function fileForAppUrl(rootDir: string, url: URL): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return undefined; // a malformed escape names no file of ours
  }
  if (path.includes('\0') || path.includes('\\')) return undefined;
  const relative = path === '/' || path === '' ? 'index.html' : path.replace(/^\/+/, '');
  const root = normalize(rootDir);
  const full = normalize(join(root, relative));
  return full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : undefined;
}

export interface AppRequestHandlerOptions {
  readonly rootDir: string;
  readonly onRefused: (reason: AppRequestRefusal) => void;
}

export function createAppRequestHandler(options: AppRequestHandlerOptions): (request: Request) => Promise<Response> {
  const refuse = (reason: AppRequestRefusal, status: number): Response => {
    options.onRefused(reason);
    return new Response(String(status), { status, headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' } });
  };
  return async (request) => {
    const url = new URL(request.url);
    if (url.protocol !== `${appScheme}:` || url.host !== appHost) return refuse('bad-origin', 403);
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse('bad-method', 405);
    const file = fileForAppUrl(options.rootDir, url);
    if (file === undefined) return refuse('bad-path', 404);
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return refuse('missing', 404); // the page asked for a file the build does not have
    }
    const headers = { ...securityHeaders, 'Content-Type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream' };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
