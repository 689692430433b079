// Device health on the real stack, without restarting the kiosk: the virtual ESC/POS printer on
// TCP runs out of paper (paid services off with the reason) and gets it back; pcscd is killed
// (the out-of-service screen) and started again (the attract screen). The kiosk polls the
// printer on its own timer and follows the reader's own health events.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestCard } from '../../hardware/card/test-cards';
import { VpcdCard, vpcdPortForReader } from '../../hardware/card/virtual-card/vpcd-card';
import { VirtualEscPosPrinter } from '../../hardware/printer/virtual-printer/virtual-printer';
import type { View } from '../../electron/bridge/contract';
import { parseConfig } from '../../electron/config/load-config';
import { createKiosk, type Kiosk } from '../../electron/core/create-kiosk';
import { createMemoryLogger } from '../../electron/log/logger';
import { untilView } from '../unit/kiosk-test-kit';
import { findPcscdStack, startPcscd, type PcscdHandle } from './pcscd-harness';
import { vpcdReaderName } from './pcsc-test-rig';

const missing = findPcscdStack();
/** How long each change took to reach the screen, for people to read (never asserted). */
const figures: Record<string, number> = {};
const since = (start: number) => Math.round(performance.now() - start);
const trafficFines = (view: View) => view.menu?.find((entry) => entry.serviceId === 'traffic-fines');

describe('device health on pcscd and the virtual printer', () => {
  let pcscd: PcscdHandle | undefined;
  let printer: VirtualEscPosPrinter;
  let kiosk: Kiosk;
  let dataDir: string;

  beforeAll(async () => {
    if (missing) throw new Error(missing.message); // a missing stack fails, it is never skipped
    pcscd = await startPcscd();
    printer = new VirtualEscPosPrinter();
    const port = await printer.listen(0);
    const config = parseConfig({
      languages: ['ar', 'en', 'fr'],
      timeouts: { goodbyeMs: 0 },
      devices: { cardReader: { kind: 'pcsc', readerName: vpcdReaderName(0) }, receiptPrinter: { kind: 'escpos-tcp', host: '127.0.0.1', port } },
      card: { isTestIssuerTrusted: true }, // vpcd holds test cards
      // the kiosk's own poll, fast enough for a test; in production every 5 s
      health: { printerPollMs: 200, heartbeatMs: 3_600_000 },
    });
    if (!config.ok) throw new Error(JSON.stringify(config.error));
    dataDir = mkdtempSync(join(tmpdir(), 'kiosk-health-'));
    kiosk = await createKiosk(config.value, { dataDir, logger: createMemoryLogger(), isSyncTimerOn: false });
  });

  afterAll(async () => {
    await kiosk?.stop();
    await printer?.close();
    await pcscd?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('given a resident at the menu, when the printer runs out of paper, then paid services go off with the reason, and come back with the paper', async () => {
    await untilView(kiosk, (v) => v.screen === 'attract', 20_000);
    const card = await VpcdCard.connect({ applet: makeTestCard('resident'), port: vpcdPortForReader(0) });
    if (!card.ok) throw new Error(`vpcd refused the virtual card: ${card.error.code}`);
    await untilView(kiosk, (v) => v.screen === 'pin', 20_000);
    for (const digit of '1234') kiosk.send({ type: 'PIN.DIGIT', digit: Number(digit) });
    kiosk.send({ type: 'PIN.SUBMIT' });
    expect(trafficFines(await untilView(kiosk, (v) => v.screen === 'menu', 20_000))?.isAvailable).toBe(true);

    let start = performance.now();
    printer.setStatus({ kind: 'paper-out' });
    const off = await untilView(kiosk, (v) => trafficFines(v)?.isAvailable === false);
    figures.paperOutToServicesOffMs = since(start);
    expect(trafficFines(off)?.reason?.key).toBe('screens:unavailable.device.receipt-printer');
    expect(off.availability).toBe('limited');

    start = performance.now();
    printer.setStatus({ kind: 'ready' });
    const back = await untilView(kiosk, (v) => trafficFines(v)?.isAvailable === true);
    figures.paperBackToServicesOnMs = since(start);
    expect(back.availability).toBe('serving');

    await card.value.remove();
    await untilView(kiosk, (v) => v.screen === 'attract', 20_000);
  });

  it('given pcscd killed, then the out-of-service screen shows (every configured language); when pcscd is back, the attract screen', async () => {
    if (!pcscd) throw new Error('no pcscd');
    await untilView(kiosk, (v) => v.screen === 'attract', 20_000);
    let start = performance.now();
    await pcscd.kill();
    const out = await untilView(kiosk, (v) => v.screen === 'out-of-service', 20_000);
    figures.pcscdKilledToOutOfServiceMs = since(start);
    expect(out).toMatchObject({ availability: 'out-of-service', languages: ['ar', 'en', 'fr'] });
    start = performance.now();
    await pcscd.restart();
    // the driver rebuilds its PC/SC context on a backoff (at most 5 s) and the reader reappears
    expect((await untilView(kiosk, (v) => v.screen === 'attract', 30_000)).availability).toBe('serving');
    figures.pcscdBackToAttractMs = since(start);
    mkdirSync(join(import.meta.dirname, '../artifacts'), { recursive: true });
    writeFileSync(join(import.meta.dirname, '../artifacts/device-health-figures.json'), `${JSON.stringify({ printerPollMs: 200, ...figures })}\n`);
  });
});
