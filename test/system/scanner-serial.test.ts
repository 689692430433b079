// The serial scanner driver over a socat pseudo-terminal pair: the CodeScanner contract, then
// the cable pulled and plugged back.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScannerEvent } from '../../hardware/scanner/contract';
import { codeScannerContract } from '../../hardware/scanner/contract-suite';
import { ManualTimers } from '../../hardware/scanner/manual-timers';
import { SerialCodeScanner } from '../../hardware/scanner/serial-scanner';
import { scannerCable } from './scanner-pty-pair';

codeScannerContract('serial driver over a socat pty pair', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'kiosk-scanner-'));
  const cable = scannerCable(dir);
  await cable.start();
  const timers = new ManualTimers();
  const scanner = await SerialCodeScanner.open({ path: cable.hostPath, baud: 9600, timers });
  return {
    scanner,
    timers,
    send: (bytes) => cable.send(bytes),
    async dispose() {
      await scanner.close();
      await cable.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
});

describe('serial scanner: the cable', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  /** Resolves with the first event that matches (bounded by the test timeout). */
  function nextEvent(scanner: SerialCodeScanner, match: (e: ScannerEvent) => boolean): Promise<ScannerEvent> {
    return new Promise((resolve) => {
      const stop = scanner.subscribe((event) => {
        if (!match(event)) return;
        stop();
        resolve(event);
      });
    });
  }

  it('given the cable is pulled mid-code and plugged back, then the half code is rejected, health fails then recovers by itself, and scanning resumes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kiosk-scanner-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const cable = scannerCable(dir);
    await cable.start();
    cleanup.push(() => cable.stop());
    // real timers: the reopen has to happen by itself; the test only waits for its events
    const scanner = await SerialCodeScanner.open({ path: cable.hostPath, reopenMs: 50, partialTimeoutMs: 60_000 });
    cleanup.push(() => scanner.close());
    expect(scanner.health()).toEqual({ level: 'ok' });

    const partial = nextEvent(scanner, (e) => e.type === 'SCANNER.REJECTED');
    const heard = nextEvent(scanner, (e) => e.type === 'CODE.SCANNED');
    await cable.send(new TextEncoder().encode('FIRST\r\nHALF-A-CO'));
    expect(await heard).toEqual({ type: 'CODE.SCANNED', text: 'FIRST' });

    const failed = nextEvent(scanner, (e) => e.type === 'SCANNER.HEALTH');
    await cable.stop();
    expect(await partial).toEqual({ type: 'SCANNER.REJECTED', reason: 'no-terminator', length: 9 });
    expect(await failed).toEqual({ type: 'SCANNER.HEALTH', health: { level: 'failed', reason: 'disconnected' } });

    const recovered = nextEvent(scanner, (e) => e.type === 'SCANNER.HEALTH' && e.health.level === 'ok');
    await cable.start();
    await recovered;
    const again = nextEvent(scanner, (e) => e.type === 'CODE.SCANNED');
    await cable.send(new TextEncoder().encode('AFTER-REPLUG\r\n'));
    expect(await again).toEqual({ type: 'CODE.SCANNED', text: 'AFTER-REPLUG' });
  });

  it('given a path with no device, then the scanner exists, failed as not-found, without throwing', async () => {
    const timers = new ManualTimers();
    const scanner = await SerialCodeScanner.open({ path: '/dev/kiosk-no-such-scanner', timers });
    cleanup.push(() => scanner.close());
    expect(scanner.health()).toEqual({ level: 'failed', reason: 'not-found' });
    expect(timers.armedCount()).toBe(1); // it will try again
  });

  it('given a path that is not a terminal, then it fails as not-a-tty', async () => {
    const scanner = await SerialCodeScanner.open({ path: '/dev/null', timers: new ManualTimers() });
    cleanup.push(() => scanner.close());
    expect(scanner.health()).toEqual({ level: 'failed', reason: 'not-a-tty' });
  });
});
