// A small HTTP control endpoint on 127.0.0.1 for scripting the virtual printer from outside
// the process (a developer's shell, the dev panel):
//   curl -X POST localhost:9101/status -d '{"kind":"paper-out"}'
//   curl -X POST localhost:9101/responsive -d '{"isResponsive":false}'
//   curl localhost:9101/status ; curl localhost:9101/receipts
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { VirtualEscPosPrinter } from './virtual-printer';

const StatusBody = z.object({ kind: z.enum(['ready', 'paper-near-end', 'paper-out', 'cover-open', 'jam', 'offline']) }).strict();
const ResponsiveBody = z.object({ isResponsive: z.boolean() }).strict();
const MAX_BODY_BYTES = 1024;

function readBody(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString();
      if (body.length > MAX_BODY_BYTES) request.destroy();
    });
    request.on('end', () => {
      const parsed = z.string().transform((text, ctx) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          ctx.addIssue({ code: 'custom', message: 'body is not JSON' });
          return z.NEVER;
        }
      }).safeParse(body);
      resolve(parsed.success ? parsed.data : undefined);
    });
  });
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(`${JSON.stringify(body)}\n`);
}

async function handle(printer: VirtualEscPosPrinter, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const route = `${request.method} ${request.url}`;
  if (route === 'GET /status') return reply(response, 200, { status: printer.status, discardedBytes: printer.discardedBytes });
  if (route === 'GET /receipts') return reply(response, 200, printer.receipts.map((r, i) => ({ index: i + 1, png: r.pngPath, ...r.summary })));
  if (route === 'POST /status') {
    const body = StatusBody.safeParse(await readBody(request));
    if (!body.success) return reply(response, 400, { error: 'expected {"kind": "ready" | "paper-near-end" | "paper-out" | "cover-open" | "jam" | "offline"}' });
    printer.setStatus(body.data);
    return reply(response, 200, { status: printer.status });
  }
  if (route === 'POST /responsive') {
    const body = ResponsiveBody.safeParse(await readBody(request));
    if (!body.success) return reply(response, 400, { error: 'expected {"isResponsive": boolean}' });
    printer.setResponsive(body.data.isResponsive);
    return reply(response, 200, body.data);
  }
  return reply(response, 404, { error: 'routes: GET /status, GET /receipts, POST /status, POST /responsive' });
}

export async function startControlServer(printer: VirtualEscPosPrinter, port: number, host = '127.0.0.1'): Promise<{ port: number; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => void handle(printer, request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address !== null ? address.port : port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
