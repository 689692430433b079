// One behaviour suite for every byte-stream CodeScanner: the simulator always, the serial
// driver over a socat pseudo-terminal pair (test/system). The harness writes raw bytes where
// the scanner's would arrive; partial reads expire by firing the injected timers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CodeScanner, ScannerEvent } from './contract';
import type { ManualTimers } from './manual-timers';

export interface ScannerHarness {
  readonly scanner: CodeScanner;
  /** The timers the scanner was built with. */
  readonly timers: ManualTimers;
  /** Bytes as the scanner hardware sends them. */
  send(bytes: Uint8Array): Promise<void>;
  dispose(): Promise<void>;
}

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const genuineLooking = 'MOI1.k2026.Q1JULTIwMjYtMDAwMTIzfHJlc2lkZW5jeQ.3q2-7wAAAAAAAAAAAAAAAA';

/** Collects events; `next()` waits for the next one of a type (bounded by the test timeout). */
function recorder(scanner: CodeScanner) {
  const events: ScannerEvent[] = [];
  let wake: (() => void) | undefined;
  const unsubscribe = scanner.subscribe((event) => {
    events.push(event);
    wake?.();
  });
  const reads = () => events.filter((e) => e.type !== 'SCANNER.HEALTH');
  return {
    events,
    reads,
    unsubscribe,
    async untilReads(count: number): Promise<ScannerEvent[]> {
      while (reads().length < count) await new Promise<void>((resolve) => (wake = resolve));
      return reads();
    },
  };
}

export function codeScannerContract(name: string, makeHarness: () => Promise<ScannerHarness>): void {
  describe(`CodeScanner contract: ${name}`, () => {
    let h: ScannerHarness;
    beforeEach(async () => {
      h = await makeHarness();
    });
    afterEach(async () => {
      await h.dispose();
    });

    it('given a code ending in CR LF, then exactly that text is scanned and health is ok', async () => {
      const r = recorder(h.scanner);
      await h.send(text(`${genuineLooking}\r\n`));
      expect(await r.untilReads(1)).toEqual([{ type: 'CODE.SCANNED', text: genuineLooking }]);
      expect(h.scanner.health()).toEqual({ level: 'ok' });
    });

    it('given codes ending in LF, in CR, and two codes in one burst, then each is scanned once, in order', async () => {
      const r = recorder(h.scanner);
      await h.send(text('ONE\nTWO\rTHREE\r\nFOUR\r\n'));
      expect(await r.untilReads(4)).toEqual(['ONE', 'TWO', 'THREE', 'FOUR'].map((t) => ({ type: 'CODE.SCANNED', text: t })));
    });

    it('given a code that arrives in two pieces, then it is scanned whole', async () => {
      const r = recorder(h.scanner);
      await h.send(text('CRT-2026-'));
      await h.send(text('000123\r\n'));
      expect(await r.untilReads(1)).toEqual([{ type: 'CODE.SCANNED', text: 'CRT-2026-000123' }]);
    });

    it('given a code in Arabic (UTF-8), then it is scanned as text', async () => {
      const r = recorder(h.scanner);
      await h.send(text('شهادة-٢٠٢٦\r\n'));
      expect(await r.untilReads(1)).toEqual([{ type: 'CODE.SCANNED', text: 'شهادة-٢٠٢٦' }]);
    });

    it('given binary noise and invalid UTF-8, then each line is rejected as not-text and the next code still scans', async () => {
      const r = recorder(h.scanner);
      await h.send(Uint8Array.of(0x00, 0x01, 0x1b, 0x7f, 0x41, 0x0d, 0xc3, 0x28, 0xff, 0x0a));
      await h.send(text('GOOD\r\n'));
      expect(await r.untilReads(3)).toEqual([
        { type: 'SCANNER.REJECTED', reason: 'not-text', length: 5 },
        { type: 'SCANNER.REJECTED', reason: 'not-text', length: 3 },
        { type: 'CODE.SCANNED', text: 'GOOD' },
      ]);
    });

    it('given an over-long line, then it is rejected once as too-long with its length, and the next code still scans', async () => {
      const r = recorder(h.scanner);
      await h.send(text(`${'9'.repeat(5000)}\r\nNEXT\r\n`));
      expect(await r.untilReads(2)).toEqual([
        { type: 'SCANNER.REJECTED', reason: 'too-long', length: 5000 },
        { type: 'CODE.SCANNED', text: 'NEXT' },
      ]);
    });

    it('given a partial code with no terminator, when the partial-read timer fires, then it is rejected and does not stick to the next code', async () => {
      const r = recorder(h.scanner);
      await h.send(text('MOI1.k2026.Q1J'));
      await h.timers.whenArmed();
      h.timers.fireAll();
      await h.send(text('WHOLE\r\n'));
      expect(await r.untilReads(2)).toEqual([
        { type: 'SCANNER.REJECTED', reason: 'no-terminator', length: 14 },
        { type: 'CODE.SCANNED', text: 'WHOLE' },
      ]);
    });

    it('given a listener that unsubscribed, then it hears nothing more while others still do', async () => {
      const gone = recorder(h.scanner);
      const stays = recorder(h.scanner);
      gone.unsubscribe();
      await h.send(text('AFTER\r\n'));
      expect(await stays.untilReads(1)).toEqual([{ type: 'CODE.SCANNED', text: 'AFTER' }]);
      expect(gone.events).toEqual([]);
    });
  });
}
