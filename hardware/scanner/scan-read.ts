// What a decoder (bytes or key events) makes of one read.
import type { ScanRejectReason } from './contract';

export type ScanRead =
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'rejected'; readonly reason: ScanRejectReason; readonly length: number };

/** Printable text only: C0 controls, DEL and C1 controls mean the bytes are not a code. */
export function isPrintable(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return false;
  }
  return true;
}
