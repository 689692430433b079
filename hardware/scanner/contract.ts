import type { DeviceHealth } from '../result';

/**
 * Why a read was dropped. The text itself never travels with a rejection: a half-read code can
 * still carry a document number.
 */
export type ScanRejectReason =
  /** bytes stopped arriving before a terminator (a partial read, a scanner unplugged mid-code) */
  | 'no-terminator'
  /** control characters, invalid UTF-8, or keys that are not text (binary noise, wrong mode) */
  | 'not-text'
  /** longer than any code we print (a stuck trigger, a scanner in the wrong mode) */
  | 'too-long';

export type ScannerEvent =
  | { readonly type: 'CODE.SCANNED'; readonly text: string }
  | { readonly type: 'SCANNER.REJECTED'; readonly reason: ScanRejectReason; readonly length: number }
  | { readonly type: 'SCANNER.HEALTH'; readonly health: DeviceHealth };

/** The kiosk's QR / barcode scanner: serial, keyboard wedge, or the simulator. */
export interface CodeScanner {
  /** Returns the unsubscribe function. Listeners are called synchronously, in order. */
  subscribe(listener: (event: ScannerEvent) => void): () => void;
  health(): DeviceHealth;
  close(): Promise<void>;
}

/** Our verification codes are under 120 characters; other codes we accept stay well below this. */
export const DEFAULT_MAX_CODE_LENGTH = 512;
/**
 * A scanner sends a whole code in a few milliseconds: bytes that stop without a terminator for
 * this long are a partial read.
 */
export const DEFAULT_PARTIAL_TIMEOUT_MS = 300;

/** Timers as a port, so tests fire them by hand instead of waiting. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
