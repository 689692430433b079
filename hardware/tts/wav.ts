// Pure RIFF/WAVE reading: enough to check a clip, measure it, and fix the sizes espeak-ng
// leaves open. Layout: "RIFF" size "WAVE", then chunks (4-byte id, u32 LE size, body, pad
// byte when the size is odd); we need "fmt " (PCM format) and "data".
import { err, ok, type Result } from '../result';

export interface WavFormat {
  readonly channels: number;
  readonly sampleRate: number;
  readonly bitsPerSample: 8 | 16;
  /** Bytes per frame (all channels of one sample instant). */
  readonly blockAlign: number;
}

export interface WavInfo {
  readonly format: WavFormat;
  readonly dataOffset: number;
  /** Whole frames actually present (never more than the bytes that exist). */
  readonly dataBytes: number;
  readonly frames: number;
  readonly durationMs: number;
  /**
   * The header's sizes disagree with the bytes: espeak-ng writing to a pipe cannot seek back,
   * so it declares 0x7ffff000 data bytes and leaves them. `fixWavSizes` writes the true ones.
   */
  readonly hasOpenSizes: boolean;
}

export type WavError =
  | { readonly kind: 'not-riff' }
  | { readonly kind: 'not-wave' }
  | { readonly kind: 'truncated'; readonly at: number }
  | { readonly kind: 'no-fmt' }
  | { readonly kind: 'no-data' }
  | { readonly kind: 'unsupported-format'; readonly formatCode: number; readonly bitsPerSample: number }
  | { readonly kind: 'bad-fmt'; readonly detail: string };

const pcmFormat = 1;

function fourCc(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(bytes[at] ?? 0, bytes[at + 1] ?? 0, bytes[at + 2] ?? 0, bytes[at + 3] ?? 0);
}

function parseFmt(view: DataView, at: number, size: number): Result<WavFormat, WavError> {
  if (size < 16) return err({ kind: 'bad-fmt', detail: `fmt chunk of ${size} bytes (16 needed)` });
  const formatCode = view.getUint16(at, true);
  const channels = view.getUint16(at + 2, true);
  const sampleRate = view.getUint32(at + 4, true);
  const blockAlign = view.getUint16(at + 12, true);
  const bitsPerSample = view.getUint16(at + 14, true);
  if (formatCode !== pcmFormat || (bitsPerSample !== 8 && bitsPerSample !== 16)) {
    return err({ kind: 'unsupported-format', formatCode, bitsPerSample });
  }
  if (channels === 0 || sampleRate === 0) return err({ kind: 'bad-fmt', detail: 'zero channels or sample rate' });
  if (blockAlign !== channels * (bitsPerSample / 8)) return err({ kind: 'bad-fmt', detail: `block align ${blockAlign} for ${channels}×${bitsPerSample} bits` });
  return ok({ channels, sampleRate, bitsPerSample, blockAlign });
}

export function parseWav(bytes: Uint8Array): Result<WavInfo, WavError> {
  if (bytes.length < 12) return err({ kind: 'truncated', at: bytes.length });
  if (fourCc(bytes, 0) !== 'RIFF') return err({ kind: 'not-riff' });
  if (fourCc(bytes, 8) !== 'WAVE') return err({ kind: 'not-wave' });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const riffSize = view.getUint32(4, true);
  let format: WavFormat | undefined;
  let at = 12;
  while (at + 8 <= bytes.length) {
    const id = fourCc(bytes, at);
    const size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (id === 'fmt ') {
      if (body + size > bytes.length) return err({ kind: 'truncated', at: bytes.length });
      const parsed = parseFmt(view, body, size);
      if (!parsed.ok) return parsed;
      format = parsed.value;
    } else if (id === 'data') {
      if (!format) return err({ kind: 'no-fmt' });
      const present = Math.min(size, bytes.length - body);
      const dataBytes = present - (present % format.blockAlign);
      const frames = dataBytes / format.blockAlign;
      const hasOpenSizes = size !== present || riffSize !== bytes.length - 8;
      return ok({ format, dataOffset: body, dataBytes, frames, durationMs: (frames * 1000) / format.sampleRate, hasOpenSizes });
    }
    at = body + size + (size % 2);
  }
  return err(format ? { kind: 'no-data' } : { kind: 'no-fmt' });
}

/** A copy of the file with true RIFF and data sizes and no trailing partial frame or junk. */
export function fixWavSizes(bytes: Uint8Array): Result<Uint8Array, WavError> {
  const parsed = parseWav(bytes);
  if (!parsed.ok) return parsed;
  const { dataOffset, dataBytes } = parsed.value;
  const fixed = bytes.slice(0, dataOffset + dataBytes);
  const view = new DataView(fixed.buffer, fixed.byteOffset, fixed.byteLength);
  view.setUint32(4, fixed.length - 8, true);
  view.setUint32(dataOffset - 4, dataBytes, true);
  return ok(fixed);
}
