// One behaviour suite for every ReceiptPrinter: the simulator always, the ESC/POS transports
// against the virtual printer. A harness scripts the device and reports what it received.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrinterStatus, ReceiptPrinter } from './contract';
import type { ReceiptDocument } from './receipt';

export interface ReceiptPrinterHarness {
  readonly printer: ReceiptPrinter;
  /** Puts the device (not the driver) into this state. */
  setStatus(status: PrinterStatus): Promise<void> | void;
  /** The bytes of each receipt the device received, oldest first. */
  printed(): Promise<readonly Uint8Array[]>;
  dispose(): Promise<void>;
}

export const contractReceipt: ReceiptDocument = {
  language: 'en',
  direction: 'ltr',
  title: 'Ministry of Interior',
  subtitle: 'Traffic fines',
  issuedAt: '12 March 2026 10:42',
  kioskId: 'KIOSK-TEST-01',
  reference: '2026-000123',
  rows: [{ label: 'Fine 1', value: 'QAR 500.00', isolateLtr: true }],
  total: { label: 'Total', value: 'QAR 500.00', isolateLtr: true },
  notes: ['Keep this receipt.'],
  qr: '2026-000123:7F3A',
};

const ESC_INIT = [0x1b, 0x40];
const refusing = ['paper-out', 'cover-open', 'jam', 'offline'] as const;

function hasCut(bytes: Uint8Array): boolean {
  // GS V m (function A) or GS V m n (function B): Epson ESC/POS "GS V"
  return bytes.some((b, i) => b === 0x1d && bytes[i + 1] === 0x56);
}

export function receiptPrinterContract(name: string, makeHarness: () => Promise<ReceiptPrinterHarness>): void {
  describe(`ReceiptPrinter contract: ${name}`, () => {
    let harness: ReceiptPrinterHarness;
    beforeEach(async () => {
      harness = await makeHarness();
    });
    afterEach(async () => {
      await harness.dispose();
    });

    it('given a ready printer, when a receipt is printed, then the device receives one ESC/POS job that starts with ESC @ and ends with a cut', async () => {
      expect(await harness.printer.status()).toEqual({ kind: 'ready' });
      const result = await harness.printer.print(contractReceipt);
      const printed = await harness.printed();
      expect(printed).toHaveLength(1);
      const bytes = printed[0]!;
      expect(result).toEqual({ ok: true, value: { bytesSent: bytes.length } });
      expect([...bytes.subarray(0, 2)]).toEqual(ESC_INIT);
      expect(hasCut(bytes)).toBe(true);
      expect(harness.printer.health()).toEqual({ level: 'ok' });
    });

    it('given paper near its end, when a receipt is printed, then it still prints and health is degraded', async () => {
      await harness.setStatus({ kind: 'paper-near-end' });
      expect(await harness.printer.status()).toEqual({ kind: 'paper-near-end' });
      const result = await harness.printer.print(contractReceipt);
      expect(result.ok).toBe(true);
      expect(await harness.printed()).toHaveLength(1);
      expect(harness.printer.health()).toEqual({ level: 'degraded', reason: 'paper-near-end' });
    });

    for (const kind of refusing) {
      it(`given the printer is ${kind}, when a receipt is printed, then it is refused with ${kind} and nothing reaches the paper`, async () => {
        await harness.setStatus({ kind });
        expect(await harness.printer.status()).toEqual({ kind });
        const result = await harness.printer.print(contractReceipt);
        expect(result).toEqual({ ok: false, error: { kind } });
        expect(await harness.printed()).toHaveLength(0);
        expect(harness.printer.health()).toEqual({ level: 'failed', reason: kind });
      });
    }

    it('given paper ran out, when paper is loaded again, then the next receipt prints', async () => {
      await harness.setStatus({ kind: 'paper-out' });
      expect((await harness.printer.print(contractReceipt)).ok).toBe(false);
      await harness.setStatus({ kind: 'ready' });
      expect((await harness.printer.print(contractReceipt)).ok).toBe(true);
      expect(await harness.printed()).toHaveLength(1);
      expect(harness.printer.health()).toEqual({ level: 'ok' });
    });
  });
}
