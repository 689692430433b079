// A scanner in memory for tests and the dev panel: scan(text) sends what a serial scanner
// would (the text and CR LF) through the same decoder the serial driver uses.
import type { DeviceHealth } from '../result';
import { healthy } from '../result';
import type { CodeScanner, ScannerEvent, Timers } from './contract';
import { DEFAULT_MAX_CODE_LENGTH, DEFAULT_PARTIAL_TIMEOUT_MS, systemTimers } from './contract';
import { ByteStreamScanner } from './byte-stream-scanner';

export interface SimulatedScannerOptions {
  readonly maxLength?: number;
  readonly partialTimeoutMs?: number;
  readonly timers?: Timers;
}

export class SimulatedCodeScanner implements CodeScanner {
  private readonly stream: ByteStreamScanner;

  constructor(options: SimulatedScannerOptions = {}) {
    this.stream = new ByteStreamScanner(
      {
        maxLength: options.maxLength ?? DEFAULT_MAX_CODE_LENGTH,
        partialTimeoutMs: options.partialTimeoutMs ?? DEFAULT_PARTIAL_TIMEOUT_MS,
        timers: options.timers ?? systemTimers,
      },
      healthy,
    );
  }

  /** A person holds a code under the scanner. */
  scan(text: string): void {
    this.sendBytes(new TextEncoder().encode(`${text}\r\n`));
  }

  /** Raw bytes as they would arrive on the wire (noise, partial codes). */
  sendBytes(bytes: Uint8Array): void {
    this.stream.receive(bytes);
  }

  setHealth(health: DeviceHealth): void {
    this.stream.setHealth(health);
  }

  subscribe(listener: (event: ScannerEvent) => void): () => void {
    return this.stream.subscribe(listener);
  }

  health(): DeviceHealth {
    return this.stream.health();
  }

  async close(): Promise<void> {
    this.stream.stop();
  }
}
