// What a decoder (bytes or key events) makes of one read.
import type { ScanRejectReason } from './contract';

export type ScanRead =
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'rejected'; readonly reason: ScanRejectReason; readonly length: number };

/** Printable text only: C0 controls, DEL and C1 controls mean the bytes are not a code. */
export function isPrintable(text: string): boolean {
  return !/[\u0000-\u001f\u007f-\u009f]/.test(text);
}
