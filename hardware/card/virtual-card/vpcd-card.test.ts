import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestCard } from '../test-cards';
import { encodeVpcdFrame, VpcdFrameReader, type VpcdMessage } from './vpcd-frames';
import { VpcdCard } from './vpcd-card';

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s/g, ''), 'hex'));

/** A stand-in for vpcd's side of the socket: sends frames, collects what the card answers. */
async function fakeVpcd(): Promise<{ server: Server; port: number; nextCard: Promise<{ send(body: Uint8Array): void; next(): Promise<VpcdMessage> }> }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const nextCard = new Promise<{ send(body: Uint8Array): void; next(): Promise<VpcdMessage> }>((resolve) => {
    server.once('connection', (socket: Socket) => {
      const frames = new VpcdFrameReader();
      const queue: VpcdMessage[] = [];
      const waiting: ((m: VpcdMessage) => void)[] = [];
      socket.on('data', (chunk) => {
        for (const m of frames.push(chunk)) {
          const w = waiting.shift();
          if (w) w(m);
          else queue.push(m);
        }
      });
      resolve({
        send: (body) => socket.write(encodeVpcdFrame(body)),
        next: () => new Promise((r) => (queue.length ? r(queue.shift() as VpcdMessage) : waiting.push(r))),
      });
    });
  });
  return { server, port, nextCard };
}

describe('virtual card on the vpcd socket', () => {
  let server: Server | undefined;
  afterEach(() => {
    server?.close();
  });

  it.each(['quickack', 'net'] as const)('given vpcd asks for the ATR and sends a SELECT over %s, then the card answers the ATR and 9000 from the applet', async (transport) => {
    const vpcd = await fakeVpcd();
    server = vpcd.server;
    const card = await VpcdCard.connect({ port: vpcd.port, applet: makeTestCard('resident'), transport });
    expect(card.ok).toBe(true);
    const link = await vpcd.nextCard;
    link.send(hex('01'));
    link.send(hex('04'));
    expect(await link.next()).toEqual({ kind: 'apdu', apdu: hex('3B80800101') }); // 5 bytes read back as an "APDU" frame
    link.send(hex('00A4040C07F04D4F49494401'));
    expect(await link.next()).toEqual({ kind: 'apdu', apdu: hex('9000') });
    if (card.ok) await card.value.remove();
  });

  it.each(['quickack', 'net'] as const)('given nothing listens on the port, then connecting over %s is a typed error', async (transport) => {
    const vpcd = await fakeVpcd();
    await new Promise((r) => vpcd.server.close(r));
    expect(await VpcdCard.connect({ port: vpcd.port, applet: makeTestCard('resident'), transport })).toEqual({
      ok: false,
      error: { kind: 'vpcd-unreachable', code: 'ECONNREFUSED' },
    });
  });
});
