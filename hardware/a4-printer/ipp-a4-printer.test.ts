// The IPP driver against hostile answers from a local HTTP server (127.0.0.1, a free port):
// every call settles with a value, whatever the other side does.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { cupsAnswers } from './ipp-fixtures';
import { IppA4Printer } from './ipp-a4-printer';

type Handler = (body: Buffer, res: ServerResponse, req: IncomingMessage) => void;
const servers: ReturnType<typeof createServer>[] = [];

async function serve(handler: Handler): Promise<string> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handler(Buffer.concat(chunks), res, req));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `ipp://127.0.0.1:${(server.address() as AddressInfo).port}/printers/a4`;
}

/** A recorded CUPS answer carrying the request id of the request it answers. */
function answerWithIdOf(request: Buffer, recordedHex: string, requestIdShift = 0): Buffer {
  const answer = Buffer.from(recordedHex, 'hex');
  answer.writeUInt32BE(request.readUInt32BE(4) + requestIdShift, 4);
  return answer;
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

describe('IPP A4 driver against hostile answers', () => {
  it('given a server that never answers, when status and print are asked, then both settle (timeout) instead of hanging', async () => {
    const uri = await serve(() => undefined);
    const printer = new IppA4Printer({ printerUri: uri, timeoutMs: 150 });
    expect(await printer.status()).toEqual({ kind: 'offline', cause: 'unreachable' });
    expect(await printer.print(new Uint8Array([1]), { title: 't' })).toEqual({ ok: false, error: { kind: 'timeout' } });
    expect(printer.health()).toEqual({ level: 'failed', reason: 'offline:unreachable' });
  });

  it('given an HTTP error status (where the npm ipp client never returns), then it is a protocol error naming the status', async () => {
    const uri = await serve((_body, res) => res.writeHead(401).end('login'));
    const printer = new IppA4Printer({ printerUri: uri, timeoutMs: 2_000 });
    expect(await printer.jobState(1)).toEqual({ ok: false, error: { kind: 'protocol', detail: 'http 401' } });
  });

  it('given HTTP 404, then the queue is missing', async () => {
    const uri = await serve((_body, res) => res.writeHead(404).end());
    expect(await new IppA4Printer({ printerUri: uri }).print(new Uint8Array([1]), { title: 't' })).toEqual({ ok: false, error: { kind: 'no-queue' } });
  });

  it('given an HTTP 200 answer that is not IPP, then it is a protocol error', async () => {
    const uri = await serve((_body, res) => res.writeHead(200, { 'content-type': 'application/ipp' }).end('<html>hello</html>'));
    const result = await new IppA4Printer({ printerUri: uri }).jobState(1);
    expect(result).toMatchObject({ ok: false, error: { kind: 'protocol' } });
  });

  it('given an answer to another request id, then it is refused', async () => {
    const uri = await serve((body, res) => res.writeHead(200).end(answerWithIdOf(body, cupsAnswers.printerPaused, 1)));
    expect(await new IppA4Printer({ printerUri: uri }).jobState(1)).toEqual({ ok: false, error: { kind: 'protocol', detail: 'answer to another request' } });
  });

  it('given a recorded CUPS answer for a disabled queue, then the status is paused and the request carried the PDF', async () => {
    let seen: Buffer = Buffer.alloc(0);
    const uri = await serve((body, res) => {
      seen = body;
      res.writeHead(200).end(answerWithIdOf(body, body.readUInt16BE(2) === 0x0002 ? cupsAnswers.printJob : cupsAnswers.printerPaused));
    });
    const printer = new IppA4Printer({ printerUri: uri });
    expect(await printer.status()).toEqual({ kind: 'paused' });
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]);
    expect(await printer.print(pdf, { title: 'certificate' })).toEqual({ ok: true, value: { jobId: 1 } });
    expect([...seen.subarray(seen.length - pdf.length)]).toEqual([...pdf]);
  });

  it('given nothing listens on the port, then the printer is offline (unreachable)', async () => {
    const uri = await serve(() => undefined);
    const server = servers.pop();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    const printer = new IppA4Printer({ printerUri: uri });
    expect(await printer.print(new Uint8Array([1]), { title: 't' })).toEqual({ ok: false, error: { kind: 'offline' } });
    expect(await printer.status()).toEqual({ kind: 'offline', cause: 'unreachable' });
  });
});
