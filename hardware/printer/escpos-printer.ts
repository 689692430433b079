// The ESC/POS receipt printer driver over any transport: asks real-time status before each
// job, sends the encoded receipt, asks again to confirm the printer took it, and keeps
// every job that did not complete so it can be reprinted.
import type { DeviceHealth, Result } from '../result';
import { err, ok } from '../result';
import type { PrintError, PrintJobDone, PrinterStatus, ReceiptPrinter } from './contract';
import { decodeStatusAnswers, fullStatusRequest } from './escpos-status';
import type { EscPosLink, EscPosTransport, TransportError } from './escpos-transport';
import { healthOfStatus, refusalOf } from './printer-status-policy';
import type { ReceiptDocument } from './receipt';
import type { ReceiptEncoder } from './receipt-job';
import { createReceiptEncoder } from './receipt-job';

export interface EscPosTimeouts {
  readonly connectMs: number;
  readonly replyMs: number;
  /** Writing a whole raster receipt (~70 KB) at 19200 baud takes ~40 s: size it per link. */
  readonly writeMs: number;
}

export const defaultTimeouts: EscPosTimeouts = { connectMs: 3000, replyMs: 2000, writeMs: 60_000 };

export interface EscPosPrinterOptions {
  readonly encode?: ReceiptEncoder;
  readonly timeouts?: Partial<EscPosTimeouts>;
}

export interface KeptJob {
  readonly document: ReceiptDocument;
  readonly bytes: Uint8Array;
  readonly error: PrintError;
}

type Fault = { readonly kind: 'transport'; readonly error: TransportError } | { readonly kind: 'closed' };

export class EscPosReceiptPrinter implements ReceiptPrinter {
  /** Jobs that did not complete, oldest first: reprint() sends them again. */
  readonly keptJobs: KeptJob[] = [];
  private lastStatus: PrinterStatus | undefined;
  private lastFault: Fault | undefined;
  private isClosed = false;
  private readonly encode: ReceiptEncoder;
  private readonly timeouts: EscPosTimeouts;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly transport: EscPosTransport, options: EscPosPrinterOptions = {}) {
    this.encode = options.encode ?? createReceiptEncoder();
    this.timeouts = { ...defaultTimeouts, ...options.timeouts };
  }

  status(): Promise<PrinterStatus> {
    return this.serialise(async () => {
      const link = await this.open();
      if (!link.ok) return { kind: 'offline' } as const;
      const status = await this.askStatus(link.value);
      await link.value.close();
      return status.ok ? status.value : ({ kind: 'offline' } as const);
    });
  }

  print(receipt: ReceiptDocument): Promise<Result<PrintJobDone, PrintError>> {
    return this.serialise(() => this.send(receipt, this.encode(receipt)));
  }

  /** Sends the oldest kept job again; on success it leaves the list. */
  reprint(): Promise<Result<PrintJobDone, PrintError> | undefined> {
    return this.serialise(async () => {
      const job = this.keptJobs[0];
      if (!job) return undefined;
      this.keptJobs.shift();
      return this.send(job.document, job.bytes);
    });
  }

  health(): DeviceHealth {
    if (this.isClosed) return { level: 'failed', reason: 'closed' };
    if (this.lastFault?.kind === 'transport') {
      const e = this.lastFault.error;
      return { level: 'failed', reason: e.kind === 'timeout' ? `timeout-${e.during}` : `unreachable-${e.code}` };
    }
    return this.lastStatus ? healthOfStatus(this.lastStatus) : { level: 'ok' };
  }

  async close(): Promise<void> {
    this.isClosed = true;
    await this.queue;
  }

  private async send(document: ReceiptDocument, bytes: Uint8Array): Promise<Result<PrintJobDone, PrintError>> {
    const keep = (error: PrintError): Result<never, PrintError> => {
      this.keptJobs.push({ document, bytes, error });
      return err(error);
    };
    const link = await this.open();
    if (!link.ok) return keep(printErrorOf(link.error));
    try {
      const before = await this.askStatus(link.value);
      if (!before.ok) return keep(printErrorOf(before.error));
      const refusal = refusalOf(before.value);
      if (refusal) return keep(refusal);
      const written = await link.value.write(bytes, this.timeouts.writeMs);
      if (!written.ok) return keep(this.fault(written.error));
      // A printer that took the job still answers; one that hung or ran out of paper mid-job does not say ready.
      const after = await this.askStatus(link.value);
      if (!after.ok) return keep(printErrorOf(after.error));
      const late = refusalOf(after.value);
      if (late) return keep(late);
      return ok({ bytesSent: bytes.length });
    } finally {
      await link.value.close();
    }
  }

  private async open(): Promise<Result<EscPosLink, Fault>> {
    if (this.isClosed) return err({ kind: 'closed' });
    const link = await this.transport.open(this.timeouts.connectMs);
    return link.ok ? link : this.transportFault(link.error);
  }

  private async askStatus(link: EscPosLink): Promise<Result<PrinterStatus, Fault>> {
    link.discardInput();
    const asked = await link.write(fullStatusRequest(), this.timeouts.replyMs);
    if (!asked.ok) return this.transportFault(asked.error);
    const answer = await link.read(4, this.timeouts.replyMs);
    if (!answer.ok) return this.transportFault(answer.error);
    const decoded = decodeStatusAnswers(answer.value);
    // Bytes that are not status answers mean we are not talking to an ESC/POS printer.
    const status: PrinterStatus = decoded.ok ? decoded.value : { kind: 'offline' };
    this.lastStatus = status;
    this.lastFault = undefined;
    return ok(status);
  }

  private transportFault(error: TransportError): Result<never, Fault> {
    this.fault(error);
    return err({ kind: 'transport', error });
  }

  private fault(error: TransportError): PrintError {
    this.lastFault = { kind: 'transport', error };
    return error.kind === 'timeout' ? { kind: 'timeout' } : { kind: 'offline' };
  }

  /** One conversation at a time: a status poll never interleaves with a job. */
  private serialise<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    // The caller gets `next` and its failure; the queue only needs to know it settled.
    this.queue = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  }
}

function printErrorOf(fault: Fault): PrintError {
  if (fault.kind === 'closed') return { kind: 'offline' };
  return fault.error.kind === 'timeout' ? { kind: 'timeout' } : { kind: 'offline' };
}
