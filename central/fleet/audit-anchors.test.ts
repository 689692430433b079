import { afterEach, describe, expect, it } from 'vitest';
import type { RunningCentral } from '../server';
import { post, startTestCentral } from '../test-support';

const beat = (auditHead?: { rows: number; headHash: string } | null) => ({ version: '0.1.0', queueDepth: 0, oldestUnsyncedAgeS: null, devices: {}, ...(auditHead === undefined ? {} : { auditHead }) });
const hash = (c: string) => c.repeat(64);

describe('the central keeps the audit heads kiosks report', () => {
  let central: RunningCentral | undefined;
  afterEach(async () => {
    await central?.close();
    central = undefined;
  });

  const anchorsOf = async (kioskId: string) => (await (await fetch(`${central!.url}/v1/fleet/${kioskId}/audit-anchors`)).json()) as unknown;

  it('given heartbeats with growing heads, then each head is kept with when it was heard, oldest row first, per kiosk', async () => {
    central = await startTestCentral();
    expect((await post(central, '/v1/heartbeat', beat({ rows: 3, headHash: hash('a') }), 'KIOSK-MALL-07')).status).toBe(200);
    await post(central, '/v1/heartbeat', beat({ rows: 3, headHash: hash('a') }), 'KIOSK-MALL-07');
    await post(central, '/v1/heartbeat', beat({ rows: 5, headHash: hash('b') }), 'KIOSK-MALL-07');
    await post(central, '/v1/heartbeat', beat({ rows: 9, headHash: hash('c') }), 'KIOSK-OTHER-01');
    expect(await anchorsOf('KIOSK-MALL-07')).toEqual({
      anchors: [
        { rows: 3, headHash: hash('a'), seenAt: '2026-03-04T10:00:00.000Z' },
        { rows: 5, headHash: hash('b'), seenAt: '2026-03-04T10:00:00.000Z' },
      ],
    });
  });

  it('given a later heartbeat naming another hash for an anchored row (a rewritten log), then the first hash heard stays', async () => {
    central = await startTestCentral();
    await post(central, '/v1/heartbeat', beat({ rows: 4, headHash: hash('a') }), 'KIOSK-MALL-07');
    await post(central, '/v1/heartbeat', beat({ rows: 4, headHash: hash('f') }), 'KIOSK-MALL-07');
    expect(await anchorsOf('KIOSK-MALL-07')).toEqual({ anchors: [{ rows: 4, headHash: hash('a'), seenAt: '2026-03-04T10:00:00.000Z' }] });
  });

  it('given a kiosk that sends no head (older version, or an empty log), then its heartbeat is taken and no anchor is made', async () => {
    central = await startTestCentral();
    expect((await post(central, '/v1/heartbeat', beat(), 'KIOSK-MALL-07')).status).toBe(200);
    expect((await post(central, '/v1/heartbeat', beat(null), 'KIOSK-MALL-07')).status).toBe(200);
    expect(await anchorsOf('KIOSK-MALL-07')).toEqual({ anchors: [] });
  });

  it('given a head that is not a hash, then the heartbeat is refused as a bad request', async () => {
    central = await startTestCentral();
    expect((await post(central, '/v1/heartbeat', beat({ rows: 2, headHash: 'not-a-hash' }), 'KIOSK-MALL-07')).status).toBe(400);
  });
});
