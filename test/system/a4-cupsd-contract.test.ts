// The A4Printer contract on the real stack: the IPP driver against a private cupsd whose queue
// keeps PDFs byte for byte (test/fixtures/cups/keep-pdf-backend.sh).
import { afterAll, beforeAll } from 'vitest';
import { a4PrinterContract } from '../../hardware/a4-printer/contract-suite';
import { IppA4Printer } from '../../hardware/a4-printer/ipp-a4-printer';
import type { PrivateCupsd } from './cupsd-harness';
import { startPrivateCupsd } from './cupsd-harness';

let cupsd: PrivateCupsd;
let queues = 0;

beforeAll(async () => {
  cupsd = await startPrivateCupsd();
});
afterAll(async () => {
  await cupsd.dispose();
});

a4PrinterContract('IPP driver on a private cupsd', async () => {
  if (!cupsd.isRunning()) await cupsd.start();
  const queue = await cupsd.addQueue(`contract-${++queues}`);
  const printer = new IppA4Printer({ printerUri: queue.printerUri, timeoutMs: 5_000 });
  return {
    printer,
    printed: () => queue.printed(),
    async setCondition(condition) {
      switch (condition) {
        case 'ready':
          if (!cupsd.isRunning()) await cupsd.start();
          await queue.setFault('paper-out', false);
          await queue.setFault('jammed', false);
          await queue.accept();
          await queue.enable(); // what a technician does after loading paper: the kept job prints
          return;
        case 'paper-out':
        case 'jammed':
          return queue.setFault(condition, true);
        case 'paused':
          return queue.disable('maintenance');
        case 'stopped':
          return queue.reject();
        case 'offline':
          return cupsd.stop();
      }
    },
    dispose: async () => {
      if (!cupsd.isRunning()) await cupsd.start();
    },
  };
});
