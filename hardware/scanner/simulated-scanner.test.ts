import { describe, expect, it } from 'vitest';
import { codeScannerContract } from './contract-suite';
import { ManualTimers } from './manual-timers';
import { SimulatedCodeScanner } from './simulated-scanner';

codeScannerContract('simulator', async () => {
  const timers = new ManualTimers();
  const scanner = new SimulatedCodeScanner({ timers });
  return { scanner, timers, send: async (bytes) => scanner.sendBytes(bytes), dispose: () => scanner.close() };
});

describe('simulated scanner handle', () => {
  it('given scan(text), then the text is scanned; given setHealth, then a health event follows', () => {
    const scanner = new SimulatedCodeScanner({ timers: new ManualTimers() });
    const events: unknown[] = [];
    scanner.subscribe((e) => events.push(e));
    scanner.scan('ABC');
    scanner.setHealth({ level: 'failed', reason: 'disconnected' });
    expect(events).toEqual([
      { type: 'CODE.SCANNED', text: 'ABC' },
      { type: 'SCANNER.HEALTH', health: { level: 'failed', reason: 'disconnected' } },
    ]);
    expect(scanner.health()).toEqual({ level: 'failed', reason: 'disconnected' });
  });
});
