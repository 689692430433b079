// Rule 4 across a damaged outbox: paid rows in a file that failed its integrity check reach the
// central exactly once after the restart; rows the damage took keep payments stopped until a
// technician acknowledges them; salvaging again duplicates nothing. Real SQLite files, the real
// kiosk core and its embedded central over HTTP on 127.0.0.1.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { View } from '../../electron/bridge/contract';
import { createHttpCentralClient } from '../../electron/central-client/http-central-client';
import type { Kiosk } from '../../electron/core/create-kiosk';
import type { EmbeddedCentral } from '../../electron/core/embedded-central';
import { pagesOf, zeroPages } from '../../electron/outbox/test-support';
import { openKioskKeys } from '../../electron/secrets/kiosk-keys';
import { paidTrafficRows } from '../../electron/sync/test-support';
import { signIn, startTestKiosk, untilView } from './kiosk-test-kit';

const running: Kiosk[] = [];
afterEach(async () => {
  for (const kiosk of running.splice(0)) await kiosk.stop();
});

async function start(dataDir?: string) {
  const started = await startTestKiosk({}, dataDir ? { dataDir } : {});
  running.push(started.kiosk);
  return started;
}

async function stop(kiosk: Kiosk) {
  running.splice(running.indexOf(kiosk), 1);
  await kiosk.stop();
}

/** The kiosk's own signed client to its embedded central, to quote and pay rows as a session would. */
function clientOf(kiosk: Kiosk, dataDir: string) {
  const keys = openKioskKeys(dataDir);
  const credentials = keys.ok ? keys.value.readCredentials() : undefined;
  if (!credentials) throw new Error('the test kiosk did not enrol');
  return createHttpCentralClient({ baseUrl: kiosk.centralUrl, kioskId: credentials.kioskId, secret: credentials.secret, timeoutMs: 5_000 });
}

function centralOf(kiosk: Kiosk): EmbeddedCentral {
  if (!kiosk.embeddedCentral) throw new Error('expected the embedded central');
  return kiosk.embeddedCentral;
}

const outboxFile = (dataDir: string) => join(dataDir, 'outbox.sqlite');
const salvageRecords = (dataDir: string) => readdirSync(dataDir).filter((f) => f.endsWith('.salvage.json')).map((f) => JSON.parse(readFileSync(join(dataDir, f), 'utf8')) as { imported: number; alreadyPresent: number; lost: { seq: number }[] });
const trafficFines = (view: View) => view.menu?.find((m) => m.serviceId === 'traffic-fines');

async function residentMenu(kiosk: Kiosk): Promise<View> {
  const menu = await signIn(kiosk, 'resident', '1234');
  expect(menu.screen).toBe('menu');
  kiosk.simulators.cardReader?.removeCard();
  await untilView(kiosk, (v) => v.screen === 'attract');
  return menu;
}

describe('a quarantined outbox is salvaged at the next start', () => {
  it('given paid rows never acknowledged and one whose acknowledgement was lost, when the key index is damaged and the kiosk restarts, then each row reaches the central exactly once and payments go on', async () => {
    const first = await start();
    const { dataDir } = first;
    const client = clientOf(first.kiosk, dataDir);
    const outbox = first.kiosk.outbox;
    if (!outbox) throw new Error('expected an outbox');
    const synced = await paidTrafficRows(centralOf(first.kiosk), client, outbox, 2);
    await first.kiosk.syncNow();
    const paid = await paidTrafficRows(centralOf(first.kiosk), client, outbox, 4);
    // the central stores the last one, and the kiosk dies before the answer reaches it
    const lostAck = outbox.get(paid[3] ?? '');
    expect(await client.submitBatch(lostAck ? [lostAck] : [])).toMatchObject({ ok: true, value: [{ outcome: 'stored' }] });
    expect(outbox.counts()).toMatchObject({ synced: 2, paid: 4 });
    await stop(first.kiosk);

    zeroPages(outboxFile(dataDir), pagesOf(outboxFile(dataDir), 'sqlite_autoindex_transactions_1', 'leaf'));
    const second = await start(dataDir);
    const kiosk = second.kiosk;

    expect(second.logger.lines.map((l) => l.event)).toEqual(expect.arrayContaining(['outbox.quarantined', 'outbox.salvaged']));
    expect(readdirSync(dataDir).some((f) => /^outbox\.sqlite\.corrupt-.*Z$/.test(f))).toBe(true);
    expect(kiosk.outbox?.counts()).toMatchObject({ synced: 2, paid: 4 });
    await kiosk.syncNow();
    expect(kiosk.outbox?.counts()).toMatchObject({ synced: 6, paid: 0, dead: 0 });
    const central = centralOf(kiosk);
    for (const key of [...synced, ...paid]) expect(central.storedCountForKey(key)).toBe(1);
    expect(trafficFines(await residentMenu(kiosk))).toMatchObject({ isAvailable: true });
  }, 60_000);

  it('given the pages holding some paid rows zeroed, when the kiosk restarts, then the readable rows sync once, payments stay stopped with the lost count on the technician outbox page, and the acknowledgement reopens them', async () => {
    const first = await start();
    const { dataDir } = first;
    const outbox = first.kiosk.outbox;
    if (!outbox) throw new Error('expected an outbox');
    const keys = await paidTrafficRows(centralOf(first.kiosk), clientOf(first.kiosk, dataDir), outbox, 80);
    await stop(first.kiosk);
    const leaves = pagesOf(outboxFile(dataDir), 'transactions', 'leaf');
    zeroPages(outboxFile(dataDir), [leaves[Math.floor(leaves.length / 2)] ?? 0]);

    const second = await start(dataDir);
    const kiosk = second.kiosk;
    const [record] = salvageRecords(dataDir);
    const lostSeqs = new Set((record?.lost ?? []).map((row) => row.seq));
    expect(lostSeqs.size).toBeGreaterThan(0);
    expect(record?.imported).toBe(80 - lostSeqs.size);
    expect(second.logger.lines.find((l) => l.event === 'outbox.salvage-incomplete')?.fields).toMatchObject({ lost: lostSeqs.size, imported: 80 - lostSeqs.size });

    await kiosk.syncNow();
    const central = centralOf(kiosk);
    for (const [i, key] of keys.entries()) expect(central.storedCountForKey(key)).toBe(lostSeqs.has(i + 1) ? 0 : 1);
    expect(trafficFines(await residentMenu(kiosk))).toMatchObject({ isAvailable: false, reason: { key: 'screens:unavailable.payments-stopped' } });

    expect((await signIn(kiosk, 'technician', '9753')).screen).toBe('technician');
    kiosk.send({ type: 'TECH.OPEN', page: 'outbox' });
    const page = await untilView(kiosk, (v) => v.technician?.outbox !== undefined && !v.technician.isBusy);
    expect(page.technician?.outbox?.salvage).toEqual([expect.objectContaining({ lost: lostSeqs.size, imported: 80 - lostSeqs.size, isCountKnown: true, lostSeqs: [...lostSeqs] })]);
    kiosk.send({ type: 'TECH.ACK_SALVAGE' });
    const acknowledged = await untilView(kiosk, (v) => v.technician?.notice?.key === 'notice.salvage-acknowledged' && !v.technician.isBusy);
    expect(acknowledged.technician?.outbox?.salvage).toEqual([]);
    kiosk.send({ type: 'TECH.EXIT' });
    kiosk.simulators.cardReader?.removeCard();
    await untilView(kiosk, (v) => v.screen === 'attract');
    expect(trafficFines(await residentMenu(kiosk))).toMatchObject({ isAvailable: true });
    await stop(kiosk);

    // the acknowledgement is kept beside the file, and a third start imports nothing again
    const third = await start(dataDir);
    expect(third.logger.lines.map((l) => l.event)).not.toContain('outbox.salvage-incomplete');
    expect(third.kiosk.outbox?.counts()).toMatchObject({ synced: 80 - lostSeqs.size, paid: 0 });
    expect(salvageRecords(dataDir)).toHaveLength(1);
    expect(trafficFines(await residentMenu(third.kiosk))).toMatchObject({ isAvailable: true });
  }, 90_000);
});
