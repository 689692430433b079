// Keeps one PC/SC context alive and follows its readers and their cards. pcsclite never
// recovers from a pcscd restart (the old context errors forever) and throws at once when
// pcscd is down, so on any context failure the context is thrown away and rebuilt on a
// backoff timer: no busy loop, no blocking call.
import { pcscCode, pcscCodeHex } from './pcsc-errors';
import type { CardLogger } from './card-log';

/** The part of pcsclite's CardReader the driver uses (pcsclite/index.d.ts). */
export interface PcscReaderHandle {
  readonly name: string;
  readonly SCARD_STATE_PRESENT: number;
  readonly SCARD_SHARE_EXCLUSIVE: number;
  readonly SCARD_PROTOCOL_T0: number;
  readonly SCARD_PROTOCOL_T1: number;
  readonly SCARD_RESET_CARD: number;
  readonly SCARD_LEAVE_CARD: number;
  on(type: 'status', listener: (status: { state: number }) => void): unknown;
  on(type: 'end', listener: () => void): unknown;
  on(type: 'error', listener: (error: unknown) => void): unknown;
  connect(options: { share_mode?: number; protocol?: number }, cb: (error: unknown, protocol: number) => void): void;
  disconnect(disposition: number, cb: (error: unknown) => void): void;
  transmit(data: Buffer, responseLength: number, protocol: number, cb: (error: unknown, response: Buffer) => void): void;
  close(): void;
}

/** The part of pcsclite's PCSCLite context the driver uses. */
export interface PcscContextHandle {
  on(type: 'reader', listener: (reader: PcscReaderHandle) => void): unknown;
  on(type: 'error', listener: (error: unknown) => void): unknown;
  close(): void;
}

export interface ReaderWatchHandlers {
  readonly onCardChange: (readerName: string, isPresent: boolean) => void;
  /** Called whenever the set of readers or the service state changes. */
  readonly onTopologyChange: () => void;
}

export interface BackoffMs {
  readonly initialMs: number;
  readonly maxMs: number;
}

interface ReaderEntry {
  readonly handle: PcscReaderHandle;
  isCardPresent: boolean;
}

export class PcscReaderWatch {
  private context: PcscContextHandle | undefined;
  private readonly entries = new Map<string, ReaderEntry>();
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private isClosed = false;

  constructor(
    private readonly createContext: () => PcscContextHandle,
    private readonly handlers: ReaderWatchHandlers,
    private readonly backoff: BackoffMs,
    private readonly log: CardLogger,
  ) {}

  get isServiceUp(): boolean {
    return this.context !== undefined;
  }

  readerNames(): string[] {
    return [...this.entries.keys()];
  }

  reader(name: string): PcscReaderHandle | undefined {
    return this.entries.get(name)?.handle;
  }

  hasCard(name: string): boolean {
    return this.entries.get(name)?.isCardPresent ?? false;
  }

  start(): void {
    if (this.isClosed || this.context) return;
    let context: PcscContextHandle;
    try {
      context = this.createContext();
    } catch (e) {
      // pcsclite throws at once when pcscd is down (SCardEstablishContext: no service)
      this.retryLater(pcscCodeHex(e));
      return;
    }
    this.context = context;
    context.on('error', (e) => this.contextFailed(context, e));
    context.on('reader', (reader) => this.track(context, reader));
    this.handlers.onTopologyChange();
  }

  close(): void {
    this.isClosed = true;
    clearTimeout(this.retryTimer);
    this.dispose();
  }

  private track(context: PcscContextHandle, reader: PcscReaderHandle): void {
    if (context !== this.context) return;
    const entry: ReaderEntry = { handle: reader, isCardPresent: false };
    this.entries.set(reader.name, entry);
    reader.on('status', ({ state }) => {
      if (this.entries.get(reader.name) !== entry) return;
      const isPresent = (state & reader.SCARD_STATE_PRESENT) !== 0;
      if (isPresent === entry.isCardPresent) return;
      entry.isCardPresent = isPresent;
      this.handlers.onCardChange(reader.name, isPresent);
    });
    reader.on('error', (e) => this.log.log('device.error', { device: 'card', error: 'reader-watch', code: pcscCodeHex(e) }));
    reader.on('end', () => {
      if (this.entries.get(reader.name) !== entry) return;
      this.entries.delete(reader.name);
      if (entry.isCardPresent) this.handlers.onCardChange(reader.name, false);
      this.handlers.onTopologyChange();
    });
    this.failures = 0; // a reader seen: the service works, start backoff afresh next time
    this.handlers.onTopologyChange();
  }

  private contextFailed(context: PcscContextHandle, e: unknown): void {
    if (context !== this.context) return; // late errors from a context already dropped
    if (this.isClosed && pcscCode(e) !== undefined) return;
    this.dispose();
    this.handlers.onTopologyChange();
    this.retryLater(pcscCodeHex(e));
  }

  private dispose(): void {
    const context = this.context;
    this.context = undefined;
    const gone = [...this.entries.values()];
    this.entries.clear();
    for (const entry of gone) {
      entry.handle.close();
      if (entry.isCardPresent) this.handlers.onCardChange(entry.handle.name, false);
    }
    context?.close();
  }

  private retryLater(code: string): void {
    if (this.isClosed) return;
    const delayMs = Math.min(this.backoff.maxMs, this.backoff.initialMs * 2 ** this.failures);
    this.failures = Math.min(this.failures + 1, 16);
    this.log.log('device.error', { device: 'card', error: 'pcsc-context', code, retryInMs: delayMs });
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.start(), delayMs);
  }
}
