// Bytes from any transport → scanner events: the line decoder plus the partial-read timer.
// The serial driver and the simulator both feed this, so they cannot drift apart.
import type { DeviceHealth } from '../result';
import type { ScannerEvent, Timers } from './contract';
import { LineDecoder } from './line-decoder';
import { ScannerHub } from './scanner-hub';

export interface ByteStreamOptions {
  readonly maxLength: number;
  readonly partialTimeoutMs: number;
  readonly timers: Timers;
}

export class ByteStreamScanner {
  private readonly decoder: LineDecoder;
  private readonly hub: ScannerHub;
  private partialTimer: unknown;

  constructor(private readonly options: ByteStreamOptions, initialHealth: DeviceHealth) {
    this.decoder = new LineDecoder(options.maxLength);
    this.hub = new ScannerHub(initialHealth);
  }

  receive(chunk: Uint8Array): void {
    this.disarm();
    for (const read of this.decoder.push(chunk)) this.hub.read(read);
    if (this.decoder.hasPartial()) this.partialTimer = this.options.timers.setTimeout(() => this.expire(), this.options.partialTimeoutMs);
  }

  subscribe(listener: (event: ScannerEvent) => void): () => void {
    return this.hub.subscribe(listener);
  }

  health(): DeviceHealth {
    return this.hub.health();
  }

  setHealth(health: DeviceHealth): void {
    this.hub.setHealth(health);
  }

  /** The transport went away: what was half-read will not be finished. */
  dropPartial(): void {
    this.disarm();
    this.expire();
  }

  stop(): void {
    this.disarm();
    this.hub.clear();
  }

  private expire(): void {
    this.partialTimer = undefined;
    const read = this.decoder.expire();
    if (read) this.hub.read(read);
  }

  private disarm(): void {
    if (this.partialTimer !== undefined) this.options.timers.clearTimeout(this.partialTimer);
    this.partialTimer = undefined;
  }
}
