import { a4PrinterContract } from './contract-suite';
import type { A4Condition } from './contract-suite';
import type { A4PrinterStatus } from './contract';
import { SimulatedA4Printer } from './simulated-a4-printer';

const statusOf: Record<A4Condition, A4PrinterStatus> = {
  ready: { kind: 'ready' },
  'paper-out': { kind: 'paper-out' },
  jammed: { kind: 'jammed' },
  paused: { kind: 'paused' },
  stopped: { kind: 'stopped' },
  offline: { kind: 'offline', cause: 'unreachable' },
};

a4PrinterContract('simulator', async () => {
  const printer = new SimulatedA4Printer();
  return {
    printer,
    setCondition: async (condition) => printer.setStatus(statusOf[condition]),
    printed: async () => printer.printed(),
    dispose: async () => undefined,
  };
});
