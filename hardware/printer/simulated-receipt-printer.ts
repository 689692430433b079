// In-memory receipt printer: real ESC/POS bytes from the shared encoder, a scriptable status,
// and (optionally) one .bin file per job so people can feed it to the virtual printer.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeviceHealth, Result } from '../result';
import { err, ok } from '../result';
import type { PrintError, PrintJobDone, PrinterStatus, ReceiptPrinter } from './contract';
import type { ReceiptDocument } from './receipt';
import type { ReceiptEncoder } from './receipt-job';
import { createReceiptEncoder } from './receipt-job';
import { healthOfStatus, refusalOf } from './printer-status-policy';

export interface SimulatedPrintJob {
  readonly document: ReceiptDocument;
  readonly bytes: Uint8Array;
  readonly path?: string;
}

export interface SimulatedReceiptPrinterOptions {
  /** Where each job is written as receipt-<n>.bin; nothing is written when absent. */
  readonly jobsDir?: string;
  /** Defaults to the code-page/raster encoder every real transport uses. */
  readonly encode?: ReceiptEncoder;
}

export class SimulatedReceiptPrinter implements ReceiptPrinter {
  readonly jobs: SimulatedPrintJob[] = [];
  private current: PrinterStatus = { kind: 'ready' };
  private isClosed = false;
  private readonly jobsDir: string | undefined;
  private readonly encode: ReceiptEncoder;

  constructor(options: SimulatedReceiptPrinterOptions = {}) {
    this.jobsDir = options.jobsDir;
    this.encode = options.encode ?? createReceiptEncoder();
  }

  /** Test and dev-panel handle: what the next status request answers. */
  setStatus(status: PrinterStatus): void {
    this.current = status;
  }

  async status(): Promise<PrinterStatus> {
    return this.isClosed ? { kind: 'offline' } : this.current;
  }

  async print(receipt: ReceiptDocument): Promise<Result<PrintJobDone, PrintError>> {
    const refusal = refusalOf(await this.status());
    if (refusal) return err(refusal);
    const bytes = this.encode(receipt);
    if (this.jobsDir === undefined) {
      this.jobs.push({ document: receipt, bytes });
      return ok({ bytesSent: bytes.length });
    }
    const path = join(this.jobsDir, `receipt-${this.jobs.length + 1}.bin`);
    const written = await mkdir(this.jobsDir, { recursive: true })
      .then(() => writeFile(path, bytes))
      .then(
        () => true,
        () => false,
      );
    // A capture folder we cannot write is the simulator's "printer offline".
    if (!written) return err({ kind: 'offline' });
    this.jobs.push({ document: receipt, bytes, path });
    return ok({ bytesSent: bytes.length });
  }

  health(): DeviceHealth {
    return this.isClosed ? { level: 'failed', reason: 'closed' } : healthOfStatus(this.current);
  }

  async close(): Promise<void> {
    this.isClosed = true;
  }
}
