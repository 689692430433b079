// The browser-mode transport of the bridge: one 127.0.0.1 port that serves the built
// renderer over HTTP and carries the bridge (and, in dev mode, the dev panel) over
// WebSockets. Only this launch's token and this page's Origin get a socket; every message
// is parsed before the core sees it, and a bad one is refused and logged, never thrown.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Result } from '../../hardware/result';
import type { KioskPort } from '../core/kiosk-port';
import type { Logger } from '../log/logger';
import { checkHost, checkUpgrade, type Channel, type GuardExpectation } from './ws-guard';
import { parseDevMessage, parseUiMessage, type IntakeRefusal } from './ws-intake';
import type { DevCommand, Refusal, ServerMessage } from './ws-protocol';
import { contentSecurityPolicy, createStaticHandler } from './ws-static';

/** What the dev channel drives: the simulated devices, chosen by the composition root. */
export interface DevTarget {
  readonly holders: readonly string[];
  run(command: DevCommand): Result<void, 'unknown-holder' | 'no-simulator'>;
}

export interface WsBridgeOptions {
  readonly port: KioskPort;
  readonly logger: Logger;
  /** The built renderer (renderer/dist). */
  readonly staticDir: string;
  /** Only in browser dev mode; without it the dev socket is refused. */
  readonly dev?: DevTarget;
  /** 0 (default): a free port. */
  readonly listenPort?: number;
}

export interface WsBridge {
  /** The page to open, token included. */
  readonly pageUrl: string;
  readonly origin: string;
  readonly listenPort: number;
  readonly token: string;
  close(): Promise<void>;
}

/** Sockets may send no frame larger than this; beyond it ws drops the connection. */
const maxFrameBytes = 64 * 1024;

export async function startWsBridge(options: WsBridgeOptions): Promise<WsBridge> {
  const { logger } = options;
  const token = randomBytes(24).toString('base64url');
  let expected: GuardExpectation = { token, origin: '', host: '', isDevEnabled: options.dev !== undefined };
  const http = createServer();
  const sockets = new WebSocketServer({ noServer: true, maxPayload: maxFrameBytes });
  const bridgeClients = new Set<WebSocket>();

  const send = (client: WebSocket, message: ServerMessage): void => {
    if (client.readyState === client.OPEN) client.send(JSON.stringify(message));
  };
  const refuse = (client: WebSocket, channel: Channel, refusal: IntakeRefusal): void => {
    logger.log('bridge.event-refused', { transport: 'ws', channel, reason: refusal.reason, type: refusal.type });
    send(client, { kind: 'refused', reason: refusal.reason });
  };

  // speech goes to the pages showing now; a page that connects later starts silent
  const unsubscribeAudio = options.port.subscribeAudio?.((audio) => {
    const message = JSON.stringify({ kind: 'audio', audio } satisfies ServerMessage);
    for (const client of bridgeClients) if (client.readyState === client.OPEN) client.send(message);
  });

  let latestView = '';
  const unsubscribe = options.port.subscribe((view) => {
    latestView = JSON.stringify({ kind: 'view', view } satisfies ServerMessage);
    for (const client of bridgeClients) if (client.readyState === client.OPEN) client.send(latestView);
  });

  const onBridgeMessage = (client: WebSocket, data: unknown, isBinary: boolean): void => {
    const event = parseUiMessage(data, isBinary);
    if (!event.ok) return refuse(client, 'bridge', event.error);
    try {
      options.port.send(event.value);
    } catch (cause) {
      // a throwing core is a bug; the transport reports it and stays up for the next event
      logger.log('bridge.send-failed', { transport: 'ws', type: event.value.type, error: cause instanceof Error ? cause.name : 'unknown' });
    }
  };

  const onDevMessage = (client: WebSocket, dev: DevTarget, data: unknown, isBinary: boolean): void => {
    const command = parseDevMessage(data, isBinary);
    if (!command.ok) return refuse(client, 'dev', command.error);
    const done = dev.run(command.value);
    logger.log('bridge.dev-command', { command: command.value.command, outcome: done.ok ? 'done' : done.error });
    if (done.ok) send(client, { kind: 'dev.done', command: command.value.command });
    else send(client, { kind: 'refused', reason: done.error });
  };

  const onConnection = (client: WebSocket, channel: Channel): void => {
    logger.log('bridge.client-connected', { transport: 'ws', channel });
    client.on('error', (error) => logger.log('bridge.socket-error', { transport: 'ws', channel, error: error.name }));
    if (channel === 'bridge') {
      bridgeClients.add(client);
      client.on('close', () => bridgeClients.delete(client));
      client.on('message', (data, isBinary) => onBridgeMessage(client, data, isBinary));
      if (latestView) client.send(latestView);
      return;
    }
    const dev = options.dev;
    if (!dev) return client.close(1008);
    client.on('message', (data, isBinary) => onDevMessage(client, dev, data, isBinary));
    send(client, { kind: 'dev.hello', holders: dev.holders });
  };

  const refuseUpgrade = (socket: Duplex, reason: Refusal): void => {
    logger.log('bridge.event-refused', { transport: 'ws', channel: 'upgrade', reason, type: '(none)' });
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  };

  http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', (error) => logger.log('bridge.socket-error', { transport: 'ws', channel: 'upgrade', error: error.name }));
    const checked = checkUpgrade({ url: request.url, origin: request.headers.origin, host: request.headers.host }, expected);
    if (!checked.ok) return refuseUpgrade(socket, checked.error);
    sockets.handleUpgrade(request, socket, head, (client) => onConnection(client, checked.value));
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.listenPort ?? 0, '127.0.0.1', () => resolve());
  });
  const address = http.address();
  if (address === null || typeof address === 'string') throw new Error('the bridge server has no TCP address');
  const host = `127.0.0.1:${address.port}`;
  const origin = `http://${host}`;
  expected = { ...expected, origin, host };
  http.on('request', createStaticHandler({ rootDir: options.staticDir, csp: contentSecurityPolicy(`ws://${host}`), isHostAllowed: (given) => checkHost(given, expected) }));

  return {
    pageUrl: `${origin}/?token=${token}`,
    origin,
    listenPort: address.port,
    token,
    async close() {
      unsubscribe();
      unsubscribeAudio?.();
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
