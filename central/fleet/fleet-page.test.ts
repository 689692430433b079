import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpCentralClient } from '../../electron/central-client/http-central-client';
import { startHeartbeats } from '../../electron/health/heartbeat';
import { createMemoryLogger } from '../../electron/log/logger';
import { openOutbox } from '../../electron/outbox/outbox';
import { sampleTransaction, tempOutboxPath } from '../../electron/outbox/test-support';
import type { RunningCentral } from '../server';
import { startTestCentral, tempCentralPath, testToday } from '../test-support';
import { formatAge, renderFleetPage } from './fleet-page';

describe('the fleet page shows why a device is down', () => {
  let central: RunningCentral | undefined;
  afterEach(async () => {
    await central?.close();
    central = undefined;
  });

  it('given a kiosk whose printer ran out of paper with a row waiting 90 s, then the page shows each device\'s level and reason, the queue, its age, the audit head, the version and when it was last heard', async () => {
    let clock = testToday;
    central = await startTestCentral({ now: () => clock });
    const paidAt = new Date(testToday.getTime() - 90_000);
    const outbox = openOutbox(tempOutboxPath(), { now: () => paidAt });
    for (const reference of ['A', 'B']) outbox.markPaid(outbox.createPending(sampleTransaction()).key, { paymentRef: reference, authCode: reference });
    const client = createHttpCentralClient({ baseUrl: central.url, kioskId: 'KIOSK-MALL-07', timeoutMs: 5_000 });
    const beats = startHeartbeats({
      sender: client,
      intervalMs: 30_000,
      version: '1.4.2',
      monitor: { current: () => new Map([['card-reader', { level: 'ok' }], ['receipt-printer', { level: 'failed', reason: 'paper-out' }], ['keypad', { level: 'degraded', reason: 'keypad unplugged' }]] as const) },
      outbox: () => outbox,
      auditHead: () => ({ rows: 12, headHash: 'ab'.repeat(32) }),
      now: () => testToday,
      logger: createMemoryLogger(),
      timer: () => () => {},
    });
    expect(await beats.beatNow()).toBe(true);
    beats.stop();
    outbox.close();
    clock = new Date(testToday.getTime() + 45_000);

    const page = await (await fetch(`${central.url}/fleet`)).text();
    const row = page.slice(page.indexOf('<tr><td>KIOSK-MALL-07'));
    expect(row).toContain('<li class="failed">receipt-printer: failed (paper-out)</li>');
    expect(row).toContain('<li class="degraded">keypad: degraded (keypad unplugged)</li>');
    expect(row).toContain('<li class="ok">card-reader: ok</li>');
    expect(row).toContain('<td>1.4.2</td>');
    expect(row).toMatch(/<td>2<\/td><td>1 min 30 s<\/td>/);
    expect(row).toContain('row 12 <code>abababababab…</code>');
    expect(row).toContain('2026-03-04T10:00:00.000Z (45 s ago)');
    expect(row).toContain('<td class="ok">online</td>');
  });

  it('given reasons a kiosk sent with markup in them, then the page escapes them', () => {
    const page = renderFleetPage([{ kioskId: 'KIOSK-X-01', version: '1', queueDepth: 0, oldestUnsyncedAgeS: null, devices: { printer: 'failed' }, reasons: { printer: '<script>x</script>' }, lastSeen: testToday.toISOString(), storedCount: 0, auditAnchor: null }], testToday);
    expect(page).not.toContain('<script>');
    expect(page).toContain('printer: failed (&#60;script&#62;x&#60;/script&#62;)');
  });

  it('given a kiosk silent for longer than the offline threshold, then it is shown offline with how long ago it was heard', () => {
    const lastSeen = new Date(testToday.getTime() - 2 * 3_600_000 - 4 * 60_000).toISOString();
    const page = renderFleetPage([{ kioskId: 'KIOSK-X-01', version: '1', queueDepth: 0, oldestUnsyncedAgeS: null, devices: {}, reasons: {}, lastSeen, storedCount: 0, auditAnchor: null }], testToday);
    expect(page).toContain('<td class="failed">offline</td>');
    expect(page).toContain('(2 h 4 min ago)');
  });

  it('given a central database made before reasons, then it gains the column and its kiosks are listed with no reasons', async () => {
    const dbPath = tempCentralPath();
    await (await startTestCentral({ dbPath })).close();
    const db = new Database(dbPath);
    db.exec('ALTER TABLE kiosks DROP COLUMN device_reasons');
    db.prepare("INSERT INTO kiosks (id, version, queue_depth, oldest_unsynced_age_s, devices, last_seen) VALUES ('KIOSK-OLD-01', '0.9', 0, NULL, '{\"printer\":\"ok\"}', ?)").run(testToday.toISOString());
    db.close();
    central = await startTestCentral({ dbPath });
    expect(central.control.kiosks()).toMatchObject([{ kioskId: 'KIOSK-OLD-01', devices: { printer: 'ok' }, reasons: {} }]);
  });
});

describe('ages on the fleet page', () => {
  it('given seconds, minutes, hours and days, then each reads at a glance', () => {
    expect([formatAge(42), formatAge(185), formatAge(7_440), formatAge(266_400), formatAge(-3)]).toEqual(['42 s', '3 min 5 s', '2 h 4 min', '3 d 2 h', '0 s']);
  });
});
