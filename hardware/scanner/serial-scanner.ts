// A scanner in serial mode (USB-CDC or RS-232, e.g. /dev/ttyACM0): it sends each code as a line.
// Transport only: bytes go to the shared decoder. The tty is read through libuv's non-blocking
// TTY handle (tty.ReadStream), not fs streams, whose blocking reads never return on close.
// When the device goes away (EIO, unplug) the driver says so and reopens it by itself.
import { execFile } from 'node:child_process';
import { close as closeCallback, constants, open as openCallback } from 'node:fs';
import { isatty, ReadStream } from 'node:tty';
import { promisify } from 'node:util';
import type { DeviceHealth } from '../result';
import { ByteStreamScanner } from './byte-stream-scanner';
import type { CodeScanner, ScannerEvent, Timers } from './contract';
import { DEFAULT_MAX_CODE_LENGTH, DEFAULT_PARTIAL_TIMEOUT_MS, systemTimers } from './contract';

const run = promisify(execFile);
// raw descriptors (not FileHandles, which close themselves on garbage collection): the tty
// handle owns the descriptor once it exists
const open = promisify(openCallback);
const close = promisify(closeCallback);

export interface SerialScannerOptions {
  /** e.g. /dev/ttyACM0, or a stable udev link such as /dev/kiosk-scanner */
  readonly path: string;
  /** Set with stty when given (a USB-CDC scanner ignores it; an RS-232 one needs it). */
  readonly baud?: number;
  readonly maxLength?: number;
  readonly partialTimeoutMs?: number;
  /** How long to wait before reopening a device that went away. */
  readonly reopenMs?: number;
  readonly timers?: Timers;
}

const DEFAULT_REOPEN_MS = 2_000;

export class SerialCodeScanner implements CodeScanner {
  private readonly stream: ByteStreamScanner;
  private readonly timers: Timers;
  private tty: ReadStream | undefined;
  private reopenTimer: unknown;
  private isClosed = false;

  private constructor(private readonly options: SerialScannerOptions) {
    this.timers = options.timers ?? systemTimers;
    this.stream = new ByteStreamScanner(
      {
        maxLength: options.maxLength ?? DEFAULT_MAX_CODE_LENGTH,
        partialTimeoutMs: options.partialTimeoutMs ?? DEFAULT_PARTIAL_TIMEOUT_MS,
        timers: this.timers,
      },
      { level: 'failed', reason: 'not-open' },
    );
  }

  /** Opens the device once; if that fails the scanner still exists, failed, and keeps retrying. */
  static async open(options: SerialScannerOptions): Promise<SerialCodeScanner> {
    const scanner = new SerialCodeScanner(options);
    await scanner.connect();
    return scanner;
  }

  subscribe(listener: (event: ScannerEvent) => void): () => void {
    return this.stream.subscribe(listener);
  }

  health(): DeviceHealth {
    return this.stream.health();
  }

  async close(): Promise<void> {
    this.isClosed = true;
    if (this.reopenTimer !== undefined) this.timers.clearTimeout(this.reopenTimer);
    this.tty?.destroy();
    this.tty = undefined;
    this.stream.stop();
  }

  private async connect(): Promise<void> {
    const failure = await this.attach();
    if (failure === undefined) return;
    this.stream.setHealth({ level: 'failed', reason: failure });
    this.scheduleReopen();
  }

  /** Returns why the device could not be opened, or nothing when it is open. */
  private async attach(): Promise<string | undefined> {
    const { path, baud } = this.options;
    if (baud !== undefined) {
      const configured = await run('stty', ['-F', path, String(baud), 'raw', '-echo'], { timeout: 5_000 }).then(
        () => undefined,
        () => 'cannot-configure',
      );
      if (configured) return configured;
    }
    let fd: number;
    try {
      fd = await open(path, constants.O_RDONLY | constants.O_NOCTTY | constants.O_NONBLOCK);
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not-found' : 'cannot-open';
    }
    if (!isatty(fd)) {
      await close(fd);
      return 'not-a-tty';
    }
    if (this.isClosed) {
      await close(fd);
      return undefined;
    }
    const tty = new ReadStream(fd);
    tty.setRawMode(true); // no line editing, no echo: the bytes as the scanner sent them
    tty.on('data', (chunk: Buffer) => this.stream.receive(chunk));
    tty.on('error', () => this.lost(tty)); // EIO when a USB scanner is pulled or the pty's peer closes
    tty.on('close', () => this.lost(tty));
    this.tty = tty;
    this.stream.setHealth({ level: 'ok' });
    return undefined;
  }

  private lost(tty: ReadStream): void {
    if (this.tty !== tty || this.isClosed) return;
    this.tty = undefined;
    tty.destroy();
    this.stream.dropPartial();
    this.stream.setHealth({ level: 'failed', reason: 'disconnected' });
    this.scheduleReopen();
  }

  private scheduleReopen(): void {
    if (this.isClosed || this.reopenTimer !== undefined) return;
    this.reopenTimer = this.timers.setTimeout(() => {
      this.reopenTimer = undefined;
      void this.connect();
    }, this.options.reopenMs ?? DEFAULT_REOPEN_MS);
  }
}
