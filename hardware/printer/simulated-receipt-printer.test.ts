import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractReceipt, receiptPrinterContract } from './contract-suite';
import { SimulatedReceiptPrinter } from './simulated-receipt-printer';

receiptPrinterContract('SimulatedReceiptPrinter', async () => {
  const printer = new SimulatedReceiptPrinter();
  return {
    printer,
    setStatus: (status) => printer.setStatus(status),
    printed: async () => printer.jobs.map((job) => job.bytes),
    dispose: () => printer.close(),
  };
});

describe('SimulatedReceiptPrinter', () => {
  it('given a jobs folder, when two receipts print, then each is written as receipt-<n>.bin with the bytes kept in memory', async () => {
    const jobsDir = await mkdtemp(join(tmpdir(), 'printer-jobs-'));
    const printer = new SimulatedReceiptPrinter({ jobsDir: join(jobsDir, 'nested') });
    await printer.print(contractReceipt);
    await printer.print(contractReceipt);
    expect(printer.jobs.map((job) => job.path)).toEqual([join(jobsDir, 'nested', 'receipt-1.bin'), join(jobsDir, 'nested', 'receipt-2.bin')]);
    expect(new Uint8Array(await readFile(join(jobsDir, 'nested', 'receipt-2.bin')))).toEqual(printer.jobs[1]!.bytes);
    expect(printer.jobs[0]!.document).toBe(contractReceipt);
    await rm(jobsDir, { recursive: true });
  });

  it('given a Latin receipt, when printed, then the bytes carry its reference as code-page text', async () => {
    const printer = new SimulatedReceiptPrinter();
    await printer.print(contractReceipt);
    expect(Buffer.from(printer.jobs[0]!.bytes).includes(Buffer.from('2026-000123', 'latin1'))).toBe(true);
  });

  it('given a closed printer, when asked, then it is offline and refuses jobs', async () => {
    const printer = new SimulatedReceiptPrinter();
    await printer.close();
    expect(await printer.status()).toEqual({ kind: 'offline' });
    expect(await printer.print(contractReceipt)).toEqual({ ok: false, error: { kind: 'offline' } });
  });
});

describe('SimulatedReceiptPrinter with a right-to-left receipt', () => {
  it('given an Arabic receipt, when printed, then the captured bytes carry a GS v 0 raster, as a real printer would get', async () => {
    const printer = new SimulatedReceiptPrinter();
    await printer.print({ ...contractReceipt, language: 'ar', direction: 'rtl', title: 'وزارة الداخلية' });
    expect(Buffer.from(printer.jobs[0]!.bytes).toString('hex')).toContain('1d7630');
  });
});
