// Replays recorded keyboard-wedge key events (test/fixtures/scanner/wedge-recording.json) on
// fake timers: the gaps between events are the recording's own.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScannerEvent } from './contract';
import type { WedgeKey } from './keyboard-wedge-decoder';
import { KeyboardWedgeScanner } from './keyboard-wedge-scanner';

interface Recorded extends WedgeKey {
  readonly t: number;
}
const recording = JSON.parse(readFileSync(new URL('../../test/fixtures/scanner/wedge-recording.json', import.meta.url), 'utf8')) as { events: Recorded[] };

async function replay(scanner: KeyboardWedgeScanner, events: readonly Recorded[]): Promise<void> {
  let at = events[0]?.t ?? 0;
  for (const event of events) {
    await vi.advanceTimersByTimeAsync(event.t - at);
    at = event.t;
    scanner.key(event);
  }
  await vi.advanceTimersByTimeAsync(10_000); // let the last read time out, if it must
}

describe('keyboard-wedge scanner', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('given the recorded session, then the scans come out as codes and the typing, the lost suffix and the stray key are dropped with reasons', async () => {
    const scanner = new KeyboardWedgeScanner();
    const events: ScannerEvent[] = [];
    scanner.subscribe((e) => events.push(e));
    await replay(scanner, recording.events);
    expect(events).toEqual([
      { type: 'CODE.SCANNED', text: 'MOI1.k2026.Q1JULTIwMjYtMDAwMTIzfHJlc2lkZW5jeQ.3q2-7wAAAAAAAAAAAAAAAA' },
      { type: 'SCANNER.REJECTED', reason: 'no-terminator', length: 1 },
      { type: 'SCANNER.REJECTED', reason: 'no-terminator', length: 1 },
      { type: 'SCANNER.REJECTED', reason: 'no-terminator', length: 15 },
      { type: 'SCANNER.REJECTED', reason: 'not-text', length: 7 },
      { type: 'CODE.SCANNED', text: 'NEXT-OK' },
    ]);
  });

  it('given the inter-key timeout is raised, then the slow human input is taken as one read that still lacks its terminator', async () => {
    const scanner = new KeyboardWedgeScanner({ interKeyTimeoutMs: 1_000 });
    const events: ScannerEvent[] = [];
    scanner.subscribe((e) => events.push(e));
    const human = recording.events.filter((e) => e.t >= 1_000 + 400 && e.t < 3_000 + 500);
    await replay(scanner, human);
    expect(events).toContainEqual({ type: 'SCANNER.REJECTED', reason: 'no-terminator', length: 2 });
  });

  it('given a stuck key typing past the limit, then the read is too-long, once', async () => {
    const scanner = new KeyboardWedgeScanner({ maxLength: 10 });
    const events: ScannerEvent[] = [];
    scanner.subscribe((e) => events.push(e));
    for (let i = 0; i < 50; i++) scanner.key({ type: 'keydown', key: '7' });
    scanner.key({ type: 'keydown', key: 'Enter' });
    expect(events).toEqual([{ type: 'SCANNER.REJECTED', reason: 'too-long', length: 50 }]);
  });

  it('given a scanner set to a Tab suffix, then Tab ends the code', () => {
    const scanner = new KeyboardWedgeScanner({ terminators: ['Tab'] });
    const events: ScannerEvent[] = [];
    scanner.subscribe((e) => events.push(e));
    for (const key of [...'AB-1', 'Tab']) scanner.key({ type: 'keydown', key });
    expect(events).toEqual([{ type: 'CODE.SCANNED', text: 'AB-1' }]);
  });

  it('given the scanner is closed mid-read, then nothing more is heard', async () => {
    const scanner = new KeyboardWedgeScanner();
    const events: ScannerEvent[] = [];
    scanner.subscribe((e) => events.push(e));
    scanner.key({ type: 'keydown', key: 'A' });
    await scanner.close();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(events).toEqual([]);
  });
});
