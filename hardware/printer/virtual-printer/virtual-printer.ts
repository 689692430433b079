// The virtual ESC/POS printer: any byte stream in (TCP socket, pty), status answers out
// from a scriptable state, and one PNG + JSON per cut receipt for people to look at.
import { mkdir, writeFile } from 'node:fs/promises';
import type { Server, Socket } from 'node:net';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import type { PrinterStatus } from '../contract';
import { canPrint } from '../contract';
import { answerByte, answersFor } from '../escpos-status';
import type { StatusQuery } from '../escpos-status';
import type { ReceiptFonts } from '../receipt-fonts';
import { checkReceiptFonts, describeFontError } from '../receipt-fonts';
import { EscPosParser } from './escpos-parser';
import type { DecodedReceipt } from './receipt-decoder';
import { ReceiptDecoder } from './receipt-decoder';

export interface VirtualPrinterOptions {
  readonly widthDots?: number;
  /** Where receipt-<n>.png and receipt-<n>.json go; nothing is written when absent. */
  readonly outDir?: string;
}

export interface VirtualReceipt extends DecodedReceipt {
  readonly bytes: Uint8Array;
  readonly pngPath?: string;
}

type Listener = (receipt: VirtualReceipt) => void;

export class VirtualEscPosPrinter {
  readonly receipts: VirtualReceipt[] = [];
  /** Print data that arrived while the printer could not print (paper out, cover open…). */
  discardedBytes = 0;
  private current: PrinterStatus = { kind: 'ready' };
  private isResponsive = true;
  private readonly streams = new Set<Duplex>();
  private readonly listeners = new Set<Listener>();
  private readonly decoder: ReceiptDecoder;
  private readonly widthDots: number;
  private pending: Uint8Array[] = [];
  private server: Server | undefined;
  private writes: Promise<void> = Promise.resolve();

  constructor(private readonly options: VirtualPrinterOptions = {}) {
    this.widthDots = options.widthDots ?? 576;
    const fonts = checkReceiptFonts(['en']);
    if (!fonts.ok) throw new Error(describeFontError(fonts.error));
    this.decoder = new ReceiptDecoder(this.widthDots, fonts.value satisfies ReceiptFonts);
  }

  get status(): PrinterStatus {
    return this.current;
  }

  setStatus(status: PrinterStatus): void {
    this.current = status;
  }

  /** A hung printer: stops reading and answering, so senders time out. */
  setResponsive(isResponsive: boolean): void {
    this.isResponsive = isResponsive;
    for (const stream of this.streams) {
      if (isResponsive) stream.resume();
      else stream.pause();
    }
  }

  onReceipt(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once `count` receipts in total have been cut. */
  waitForReceipts(count: number): Promise<VirtualReceipt[]> {
    if (this.receipts.length >= count) return Promise.resolve(this.receipts.slice(0, count));
    return new Promise((resolve) => {
      const off = this.onReceipt(() => {
        if (this.receipts.length < count) return;
        off();
        resolve(this.receipts.slice(0, count));
      });
    });
  }

  /** Feeds the printer from any duplex byte stream and answers status on it. */
  attach(stream: Duplex): void {
    const parser = new EscPosParser();
    this.streams.add(stream);
    if (!this.isResponsive) stream.pause();
    stream.on('data', (chunk: Buffer) => this.receive(stream, parser, new Uint8Array(chunk)));
    stream.on('error', () => this.streams.delete(stream));
    stream.on('close', () => this.streams.delete(stream));
  }

  async listen(port = 9100, host = '127.0.0.1'): Promise<number> {
    const server = createServer((socket: Socket) => this.attach(socket));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    const address = server.address();
    return typeof address === 'object' && address !== null ? address.port : port;
  }

  /** Waits for every PNG/JSON write, so a test reads complete files. */
  flushed(): Promise<void> {
    return this.writes;
  }

  async close(): Promise<void> {
    for (const stream of this.streams) stream.destroy();
    this.streams.clear();
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    await this.writes;
  }

  private receive(stream: Duplex, parser: EscPosParser, chunk: Uint8Array): void {
    for (const command of parser.push(chunk)) {
      if (command.op === 'status-request') {
        // Real-time commands are answered at once, whatever the printer is doing.
        if (command.n >= 1 && command.n <= 4) stream.write(Uint8Array.of(answerByte(answersFor(this.current), command.n as StatusQuery)));
        continue;
      }
      if (!canPrint(this.current)) {
        this.discardedBytes += command.raw.length;
        continue;
      }
      this.pending.push(command.raw);
      const receipt = this.decoder.apply(command);
      if (receipt) this.emit(receipt);
    }
  }

  private emit(decoded: DecodedReceipt): void {
    const index = this.receipts.length + 1;
    const bytes = new Uint8Array(Buffer.concat(this.pending));
    this.pending = [];
    const outDir = this.options.outDir;
    const pngPath = outDir === undefined ? undefined : join(outDir, `receipt-${index}.png`);
    const receipt: VirtualReceipt = pngPath === undefined ? { ...decoded, bytes } : { ...decoded, bytes, pngPath };
    this.receipts.push(receipt);
    if (outDir !== undefined && pngPath !== undefined) {
      this.writes = this.writes.then(async () => {
        await mkdir(outDir, { recursive: true });
        await writeFile(pngPath, decoded.png);
        await writeFile(join(outDir, `receipt-${index}.json`), `${JSON.stringify(decoded.summary, null, 2)}\n`);
      });
    }
    for (const listener of [...this.listeners]) listener(receipt);
  }
}
