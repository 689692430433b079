import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestSocket } from '../../electron/bridge/ws-test-kit';
import { launchChromium, type TestBrowser } from './support/chromium';
import { hostileMessages } from './support/hostile-messages';
import { installScreenLog } from './support/screen-log';
import { startRealKiosk, type RealKioskServer } from './support/real-kiosk';
import { walkTrafficFines } from './support/traffic-fines-walk';

describe('a bridge under hostile messages', () => {
  let browser: TestBrowser;
  let server: RealKioskServer;

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startRealKiosk({ timeouts: { goodbyeMs: 500 } });
  });
  afterAll(async () => {
    await server.close();
    await browser.close();
  });

  it('given 1,000 malformed or unknown messages and connections with a wrong token or origin, then each is refused and logged, and a full paid session still completes on the same process', async () => {
    const { bridge, logger } = server;
    const wsUrl = (token: string, path = '/bridge'): string => `ws://127.0.0.1:${bridge.listenPort}${path}?token=${token}`;

    const client = await openTestSocket(wsUrl(bridge.token), bridge.origin);
    const messages = hostileMessages(1000);
    for (const message of messages) client.socket.send(message.data, { binary: message.isBinary });
    await client.next(() => client.messages.filter((m) => m.kind === 'refused').length === messages.length);
    expect(client.socket.readyState).toBe(client.socket.OPEN);
    await client.close();

    const wrongToken = 'A'.repeat(bridge.token.length);
    const intruders: [string, string | undefined][] = [
      ...Array.from({ length: 10 }, (): [string, string] => [wsUrl(wrongToken), bridge.origin]),
      [wsUrl(''), bridge.origin],
      [wsUrl(bridge.token.slice(1)), bridge.origin],
      [wsUrl(wrongToken, '/dev'), bridge.origin],
      ...Array.from({ length: 10 }, (_, i): [string, string] => [wsUrl(bridge.token), `http://127.0.0.1:${bridge.listenPort + 1 + i}`]),
      [wsUrl(bridge.token), 'null'],
      [wsUrl(bridge.token), undefined],
    ];
    for (const [url, origin] of intruders) await expect(openTestSocket(url, origin)).rejects.toThrow('HTTP 403');

    const refused = logger.lines.filter((line) => line.event === 'bridge.event-refused');
    expect(refused.filter((line) => line.fields.channel === 'bridge')).toHaveLength(1000);
    expect(refused.filter((line) => line.fields.channel === 'upgrade')).toHaveLength(intruders.length);
    // logged by type and reason only: never the message itself
    for (const line of refused) expect(Object.keys(line.fields).sort()).toEqual(['channel', 'reason', 'transport', 'type']);
    // the core saw none of it: still on the attract screen, no session event logged
    expect(server.kiosk.currentView().screen).toBe('attract');
    expect(server.logger.lines.filter((line) => line.event === 'session.event')).toEqual([]);

    const page = await browser.newPage();
    await installScreenLog(page);
    await page.goto(bridge.pageUrl);
    await walkTrafficFines(page, 'en');
    await page.close();
    expect(server.logger.lines.filter((line) => line.event === 'payment.outcome')).toHaveLength(1);
  });
});
