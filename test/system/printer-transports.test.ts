// The contract suite over every real transport, with the virtual ESC/POS printer on the
// other end: TCP on a free port, and the device-file and serial transports over a socat pty pair.
import { describe, expect, it } from 'vitest';
import { contractReceipt, receiptPrinterContract } from '../../hardware/printer/contract-suite';
import type { ReceiptPrinterHarness } from '../../hardware/printer/contract-suite';
import type { EscPosReceiptPrinter } from '../../hardware/printer/escpos-printer';
import { EscPosDevicePrinter, EscPosSerialPrinter } from '../../hardware/printer/escpos-device-printer';
import { EscPosTcpPrinter } from '../../hardware/printer/escpos-tcp-printer';
import { openDeviceStream } from '../../hardware/printer/virtual-printer/device-stream';
import { VirtualEscPosPrinter } from '../../hardware/printer/virtual-printer/virtual-printer';
import { startPtyPair } from './printer-pty-pair';

const timeouts = { connectMs: 2000, replyMs: 1500, writeMs: 10_000 };

function harnessOf(virtual: VirtualEscPosPrinter, printer: EscPosReceiptPrinter, stop: () => Promise<void>): ReceiptPrinterHarness {
  return {
    printer,
    setStatus: (status) => virtual.setStatus(status),
    printed: async () => virtual.receipts.map((r) => r.bytes),
    dispose: async () => {
      await printer.close();
      await virtual.close();
      await stop();
    },
  };
}

async function tcpHarness(): Promise<ReceiptPrinterHarness & { virtual: VirtualEscPosPrinter; driver: EscPosReceiptPrinter }> {
  const virtual = new VirtualEscPosPrinter();
  const port = await virtual.listen(0);
  const driver = new EscPosTcpPrinter({ port, timeouts });
  return { ...harnessOf(virtual, driver, async () => undefined), virtual, driver };
}

async function ptyHarness(kind: 'device' | 'serial'): Promise<ReceiptPrinterHarness> {
  const pair = await startPtyPair();
  const virtual = new VirtualEscPosPrinter();
  const stream = await openDeviceStream(pair.printerPath);
  if (!stream.ok) throw new Error(`cannot open ${pair.printerPath}: ${JSON.stringify(stream.error)}`);
  virtual.attach(stream.value);
  const driver = kind === 'device' ? new EscPosDevicePrinter(pair.driverPath, { timeouts }) : new EscPosSerialPrinter(pair.driverPath, 115200, { timeouts });
  return harnessOf(virtual, driver, pair.stop);
}

receiptPrinterContract('EscPosTcpPrinter → virtual printer over TCP', tcpHarness);
receiptPrinterContract('EscPosDevicePrinter → virtual printer over a pty pair', () => ptyHarness('device'));
receiptPrinterContract('EscPosSerialPrinter → virtual printer over a pty pair', () => ptyHarness('serial'));

describe('EscPosTcpPrinter faults', () => {
  it('given a printer that stops answering, when a receipt is printed, then it times out with a typed error, keeps the job, and reprints it once the printer is back', async () => {
    const h = await tcpHarness();
    h.virtual.setResponsive(false);
    const result = await h.printer.print(contractReceipt);
    expect(result).toEqual({ ok: false, error: { kind: 'timeout' } });
    expect(h.driver.keptJobs.map((job) => job.error)).toEqual([{ kind: 'timeout' }]);
    expect(h.printer.health()).toEqual({ level: 'failed', reason: 'timeout-read' });
    h.virtual.setResponsive(true);
    const again = await h.driver.reprint();
    expect(again?.ok).toBe(true);
    expect(h.driver.keptJobs).toHaveLength(0);
    expect(h.virtual.receipts.at(-1)?.summary.qrCodes[0]?.data).toBe(contractReceipt.qr);
    await h.dispose();
  });

  it('given nothing listens on the port, when asked, then the printer is offline and a job is kept with an offline error', async () => {
    const virtual = new VirtualEscPosPrinter();
    const port = await virtual.listen(0);
    await virtual.close();
    const driver = new EscPosTcpPrinter({ port, timeouts });
    expect(await driver.status()).toEqual({ kind: 'offline' });
    expect(await driver.print(contractReceipt)).toEqual({ ok: false, error: { kind: 'offline' } });
    expect(driver.keptJobs).toHaveLength(1);
    expect(driver.health()).toEqual({ level: 'failed', reason: 'unreachable-ECONNREFUSED' });
    await driver.close();
  });
});
