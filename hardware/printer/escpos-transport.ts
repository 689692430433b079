// How ESC/POS bytes reach a printer: one conversation (link) at a time over TCP, a USB
// printer device file or a serial tty. Transports move bytes and map faults; they never parse.
import type { Result } from '../result';

export type TransportError =
  | { readonly kind: 'timeout'; readonly during: 'connect' | 'write' | 'read' }
  | { readonly kind: 'unreachable'; readonly code: string };

export interface EscPosLink {
  /** Resolves once every byte has left for the printer, or with a timeout. */
  write(bytes: Uint8Array, timeoutMs: number): Promise<Result<void, TransportError>>;
  /** Exactly `count` bytes from the printer, or a timeout. */
  read(count: number, timeoutMs: number): Promise<Result<Uint8Array, TransportError>>;
  /** Drops bytes that arrived unasked (automatic status back, late answers). */
  discardInput(): void;
  close(): Promise<void>;
}

export interface EscPosTransport {
  open(timeoutMs: number): Promise<Result<EscPosLink, TransportError>>;
}
