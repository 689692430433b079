import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { err, ok } from '../../hardware/result';
import { createMemoryLogger } from '../log/logger';
import type { View } from './contract';
import type { DevCommand } from './ws-protocol';
import { startWsBridge, type WsBridge } from './ws-server';
import { createRecordingPort, openTestSocket, type RecordingPort } from './ws-test-kit';

const view = (screen: View['screen']): View => ({
  screen,
  language: 'ar',
  direction: 'rtl',
  languages: ['ar', 'en'],
  title: { key: `${screen}.title`, values: {} },
  canGoBack: false,
  canCancel: false,
  hasHelp: false,
  isHelpOpen: false,
  availability: 'serving',
});

function rawGet(bridge: WsBridge, path: string, host = `127.0.0.1:${bridge.listenPort}`): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: bridge.listenPort, path, headers: { host } }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += String(chunk)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the WebSocket bridge', () => {
  let port: RecordingPort;
  let bridge: WsBridge;
  let logger: ReturnType<typeof createMemoryLogger>;
  const devRuns: DevCommand[] = [];

  beforeEach(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ws-bridge-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>kiosk</title>');
    port = createRecordingPort(view('attract'));
    logger = createMemoryLogger();
    devRuns.length = 0;
    bridge = await startWsBridge({
      port,
      logger,
      staticDir: dir,
      dev: {
        holders: ['resident', 'sponsor'],
        run: (command) => {
          if (command.command === 'card.insert' && command.holder !== 'resident' && command.holder !== 'sponsor') return err('unknown-holder');
          devRuns.push(command);
          return ok();
        },
      },
    });
  });
  afterEach(() => bridge.close());

  const bridgeUrl = (token = bridge.token): string => `ws://127.0.0.1:${bridge.listenPort}/bridge?token=${token}`;

  it('given the token and the page origin, when a client connects, then it gets the current view and every later one', async () => {
    const client = await openTestSocket(bridgeUrl(), bridge.origin);
    expect(await client.next((m) => m.kind === 'view')).toMatchObject({ kind: 'view', view: { screen: 'attract' } });
    port.show(view('language'));
    expect(await client.next((m) => m.kind === 'view' && m.view.screen === 'language')).toBeTruthy();
    client.socket.send(JSON.stringify({ type: 'LANGUAGE.CHOSEN', language: 'en' }));
    await client.close();
    await bridge.close();
    expect(port.received).toEqual([{ type: 'LANGUAGE.CHOSEN', language: 'en' }]);
  });

  it('given the core speaks, then connected pages get the audio command, and a page connecting later does not', async () => {
    const client = await openTestSocket(bridgeUrl(), bridge.origin);
    await client.next((m) => m.kind === 'view');
    port.speak({ action: 'play', id: 7, clips: ['UklGRg=='], volume: 6 });
    expect(await client.next((m) => m.kind === 'audio')).toEqual({ kind: 'audio', audio: { action: 'play', id: 7, clips: ['UklGRg=='], volume: 6 } });
    const late = await openTestSocket(bridgeUrl(), bridge.origin);
    await late.next((m) => m.kind === 'view');
    expect(late.messages.filter((m) => m.kind === 'audio')).toEqual([]);
    await client.close();
    await late.close();
  });

  it.each([
    ['a wrong token', (b: WsBridge) => `ws://127.0.0.1:${b.listenPort}/bridge?token=${'x'.repeat(b.token.length)}`, (b: WsBridge) => b.origin, 'bad-token'],
    ['no token', (b: WsBridge) => `ws://127.0.0.1:${b.listenPort}/bridge`, (b: WsBridge) => b.origin, 'bad-token'],
    ['another origin', (b: WsBridge) => `ws://127.0.0.1:${b.listenPort}/bridge?token=${b.token}`, () => 'http://evil.example', 'bad-origin'],
    ['no origin', (b: WsBridge) => `ws://127.0.0.1:${b.listenPort}/bridge?token=${b.token}`, () => undefined, 'bad-origin'],
    ['a rebinding host', (b: WsBridge) => `ws://localhost:${b.listenPort}/bridge?token=${b.token}`, (b: WsBridge) => b.origin, 'bad-host'],
    ['an unknown path', (b: WsBridge) => `ws://127.0.0.1:${b.listenPort}/other?token=${b.token}`, (b: WsBridge) => b.origin, 'bad-path'],
  ])('given %s, when a client connects, then the upgrade is refused with 403 and logged', async (_name, url, origin, reason) => {
    await expect(openTestSocket(url(bridge), origin(bridge))).rejects.toThrow('HTTP 403');
    expect(logger.lines).toContainEqual({ event: 'bridge.event-refused', fields: { transport: 'ws', channel: 'upgrade', reason, type: '(none)' } });
  });

  it('given malformed and unknown messages, when they arrive, then each is refused and logged and the core sees none', async () => {
    const client = await openTestSocket(bridgeUrl(), bridge.origin);
    const bad: (string | Buffer)[] = [
      'not json',
      '[]',
      'null',
      '{"type":"FORMAT.DISK"}',
      '{"type":"PIN.DIGIT","digit":12}',
      '{"type":"PIN.DIGIT","digit":"1"}',
      '{"type":"SERVICE.CHOSEN","serviceId":"../etc"}',
      `{"type":"FIELD.CHANGED","name":"a","value":"${'x'.repeat(5000)}"}`,
      Buffer.from([0xff, 0x00, 0x12]),
    ];
    for (const message of bad) client.socket.send(message, { binary: Buffer.isBuffer(message) });
    client.socket.send(JSON.stringify({ type: 'START' }));
    await client.next((m) => m.kind === 'refused' && client.messages.filter((x) => x.kind === 'refused').length === bad.length);
    await client.close();
    await bridge.close();
    expect(port.received).toEqual([{ type: 'START' }]);
    const reasons = logger.lines.filter((l) => l.event === 'bridge.event-refused').map((l) => l.fields.reason);
    expect(reasons).toEqual(['not-json', 'invalid-fields', 'invalid-fields', 'unknown-type', 'invalid-fields', 'invalid-fields', 'invalid-fields', 'too-large', 'not-text']);
  });

  it('given a core that throws, when a valid event arrives, then the failure is logged and the bridge keeps serving', async () => {
    port.send = () => {
      throw new TypeError('boom');
    };
    const client = await openTestSocket(bridgeUrl(), bridge.origin);
    client.socket.send(JSON.stringify({ type: 'HELP' }));
    client.socket.send('{"type":"NOPE"}'); // messages are handled in order: its refusal means HELP was handled
    await client.next((m) => m.kind === 'refused');
    port.show(view('menu'));
    await client.next((m) => m.kind === 'view' && m.view.screen === 'menu');
    expect(logger.lines).toContainEqual({ event: 'bridge.send-failed', fields: { transport: 'ws', type: 'HELP', error: 'TypeError' } });
    await client.close();
  });

  it('given the dev channel, when commands arrive, then valid ones drive the simulators and the rest are refused', async () => {
    const dev = await openTestSocket(`ws://127.0.0.1:${bridge.listenPort}/dev?token=${bridge.token}`, bridge.origin);
    expect(await dev.next((m) => m.kind === 'dev.hello')).toEqual({ kind: 'dev.hello', holders: ['resident', 'sponsor'] });
    dev.socket.send(JSON.stringify({ command: 'card.insert', holder: 'resident' }));
    dev.socket.send(JSON.stringify({ command: 'card.insert', holder: 'nobody' }));
    dev.socket.send(JSON.stringify({ command: 'payment.next', outcome: 'stolen' }));
    dev.socket.send(JSON.stringify({ type: 'START' }));
    dev.socket.send(JSON.stringify({ command: 'printer.status', status: 'paper-out' }));
    await dev.next((m) => m.kind === 'dev.done' && m.command === 'printer.status');
    expect(devRuns).toEqual([{ command: 'card.insert', holder: 'resident' }, { command: 'printer.status', status: 'paper-out' }]);
    expect(dev.messages.filter((m) => m.kind === 'refused')).toEqual([
      { kind: 'refused', reason: 'unknown-holder' },
      { kind: 'refused', reason: 'invalid-command' },
      { kind: 'refused', reason: 'unknown-command' },
    ]);
    expect(port.received).toEqual([]);
    await dev.close();
  });

  it('given the HTTP side, then the page is served with a strict CSP, and other hosts, methods and paths outside the folder are refused', async () => {
    const page = await rawGet(bridge, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['content-security-policy']).toContain(`connect-src ws://127.0.0.1:${bridge.listenPort}`);
    expect((await rawGet(bridge, '/../../etc/passwd')).status).toBe(404);
    expect((await rawGet(bridge, '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    expect((await rawGet(bridge, '/missing.js')).status).toBe(404);
    expect((await rawGet(bridge, '/', 'evil.example:80')).status).toBe(421);
  });
});

describe('the WebSocket bridge without dev mode', () => {
  it('given no dev target, when the dev socket is opened, then it is refused', async () => {
    const logger = createMemoryLogger();
    const bridge = await startWsBridge({ port: createRecordingPort(view('attract')), logger, staticDir: tmpdir() });
    await expect(openTestSocket(`ws://127.0.0.1:${bridge.listenPort}/dev?token=${bridge.token}`, bridge.origin)).rejects.toThrow('HTTP 403');
    expect(logger.lines.at(-1)?.fields.reason).toBe('dev-disabled');
    await bridge.close();
  });
});
