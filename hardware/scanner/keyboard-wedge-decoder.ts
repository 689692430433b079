// Pure (timers injected): a keyboard-wedge scanner "types" each code as fast key presses ending
// in Enter. Key events in → codes out. A gap longer than the inter-key timeout ends a read
// without its terminator (a person typing, a lost suffix); keys that are not characters make
// the read not-text. Takes DOM KeyboardEvent `key` values from keydown events only.
import type { Timers } from './contract';
import type { ScanRead } from './scan-read';
import { isPrintable } from './scan-read';

export interface WedgeKey {
  readonly type: 'keydown' | 'keyup';
  readonly key: string;
}

export interface WedgeDecoderOptions {
  /** A scanner types a key every few ms; a person is ten times slower. */
  readonly interKeyTimeoutMs: number;
  readonly maxLength: number;
  /** The scanner's configured suffix (usually Enter; some are set to Tab). */
  readonly terminators: readonly string[];
  readonly timers: Timers;
  readonly onRead: (read: ScanRead) => void;
}

/** Keys that change other keys and type nothing themselves. */
const modifiers = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'NumLock']);

export class KeyboardWedgeDecoder {
  private text = '';
  private length = 0;
  private isNoise = false;
  private timer: unknown;

  constructor(private readonly options: WedgeDecoderOptions) {}

  key(event: WedgeKey): void {
    if (event.type !== 'keydown' || modifiers.has(event.key)) return;
    this.disarm();
    if (this.options.terminators.includes(event.key)) {
      this.finish();
      return;
    }
    this.length++;
    // one character is one key; named keys (F13, Backspace, Unidentified) are not text
    if ([...event.key].length !== 1 || !isPrintable(event.key)) this.isNoise = true;
    else if (this.length <= this.options.maxLength) this.text += event.key;
    this.timer = this.options.timers.setTimeout(() => this.expire(), this.options.interKeyTimeoutMs);
  }

  stop(): void {
    this.disarm();
    this.reset();
  }

  private finish(): void {
    const { length } = this;
    if (length === 0) return;
    if (length > this.options.maxLength) this.emit({ kind: 'rejected', reason: 'too-long', length });
    else if (this.isNoise) this.emit({ kind: 'rejected', reason: 'not-text', length });
    else this.emit({ kind: 'code', text: this.text });
  }

  private expire(): void {
    this.timer = undefined;
    const { length } = this;
    if (length === 0) return;
    this.emit({ kind: 'rejected', reason: length > this.options.maxLength ? 'too-long' : 'no-terminator', length });
  }

  private emit(read: ScanRead): void {
    this.reset();
    this.options.onRead(read);
  }

  private reset(): void {
    this.text = '';
    this.length = 0;
    this.isNoise = false;
  }

  private disarm(): void {
    if (this.timer !== undefined) this.options.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
