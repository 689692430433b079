// A scanner in keyboard-wedge (USB HID keyboard) mode. The shell forwards the key events it
// sees (Electron's before-input-event) to key(); the kiosk hears CodeScanner events. A wedge
// scanner reports no status of its own, so health is what the shell last said about it.
import type { DeviceHealth } from '../result';
import { healthy } from '../result';
import type { CodeScanner, ScannerEvent, Timers } from './contract';
import { DEFAULT_MAX_CODE_LENGTH, systemTimers } from './contract';
import type { WedgeKey } from './keyboard-wedge-decoder';
import { KeyboardWedgeDecoder } from './keyboard-wedge-decoder';
import { ScannerHub } from './scanner-hub';

export interface KeyboardWedgeOptions {
  readonly interKeyTimeoutMs?: number;
  readonly maxLength?: number;
  readonly terminators?: readonly string[];
  readonly timers?: Timers;
}

/** Scanners we know type a key every 1-10 ms; a person rarely types two within 50 ms. */
export const DEFAULT_INTER_KEY_TIMEOUT_MS = 50;

export class KeyboardWedgeScanner implements CodeScanner {
  private readonly hub = new ScannerHub(healthy);
  private readonly decoder: KeyboardWedgeDecoder;

  constructor(options: KeyboardWedgeOptions = {}) {
    this.decoder = new KeyboardWedgeDecoder({
      interKeyTimeoutMs: options.interKeyTimeoutMs ?? DEFAULT_INTER_KEY_TIMEOUT_MS,
      maxLength: options.maxLength ?? DEFAULT_MAX_CODE_LENGTH,
      terminators: options.terminators ?? ['Enter'],
      timers: options.timers ?? systemTimers,
      onRead: (read) => this.hub.read(read),
    });
  }

  key(event: WedgeKey): void {
    this.decoder.key(event);
  }

  setHealth(health: DeviceHealth): void {
    this.hub.setHealth(health);
  }

  subscribe(listener: (event: ScannerEvent) => void): () => void {
    return this.hub.subscribe(listener);
  }

  health(): DeviceHealth {
    return this.hub.health();
  }

  async close(): Promise<void> {
    this.decoder.stop();
    this.hub.clear();
  }
}
