// BER-TLV as ID cards use it (7816-4 §5.2): one- or two-byte tags, definite lengths up to
// 0x82 (65535). Every malformed input is a typed error, never a throw.
import { err, ok, type Result } from '../result';

export interface Tlv {
  readonly tag: number;
  readonly value: Uint8Array;
}

export type TlvError =
  | { readonly kind: 'truncated' }
  | { readonly kind: 'bad-length' }
  | { readonly kind: 'bad-tag' };

export interface TlvHeader {
  readonly tag: number;
  readonly headerLength: number;
  readonly valueLength: number;
}

export function readHeader(bytes: Uint8Array, at = 0): Result<TlvHeader, TlvError> {
  let i = at;
  const first = bytes[i++];
  if (first === undefined) return err({ kind: 'truncated' });
  if (first === 0x00 || first === 0xff) return err({ kind: 'bad-tag' }); // padding bytes, not tags
  let tag = first;
  if ((first & 0x1f) === 0x1f) {
    const second = bytes[i++];
    if (second === undefined) return err({ kind: 'truncated' });
    if (second & 0x80) return err({ kind: 'bad-tag' }); // three-byte tags: not in our files
    tag = (first << 8) | second;
  }
  const l0 = bytes[i++];
  if (l0 === undefined) return err({ kind: 'truncated' });
  let valueLength = l0;
  if (l0 === 0x81 || l0 === 0x82) {
    const n = l0 & 0x7f;
    if (i + n > bytes.length) return err({ kind: 'truncated' });
    valueLength = 0;
    for (let k = 0; k < n; k++) valueLength = (valueLength << 8) | (bytes[i++] ?? 0);
  } else if (l0 & 0x80) {
    return err({ kind: 'bad-length' });
  }
  return ok({ tag, headerLength: i - at, valueLength });
}

/** Splits a run of TLVs; the whole input must be consumed. */
export function decodeTlvs(bytes: Uint8Array): Result<Tlv[], TlvError> {
  const out: Tlv[] = [];
  let at = 0;
  while (at < bytes.length) {
    const h = readHeader(bytes, at);
    if (!h.ok) return h;
    const start = at + h.value.headerLength;
    const end = start + h.value.valueLength;
    if (end > bytes.length) return err({ kind: 'truncated' });
    out.push({ tag: h.value.tag, value: bytes.slice(start, end) });
    at = end;
  }
  return ok(out);
}

/** Exactly one TLV with the expected tag, nothing after it. */
export function decodeSingle(bytes: Uint8Array, tag: number): Result<Uint8Array, TlvError> {
  const all = decodeTlvs(bytes);
  if (!all.ok) return all;
  const [only, ...rest] = all.value;
  if (!only || rest.length || only.tag !== tag) return err({ kind: 'bad-tag' });
  return ok(only.value);
}

export function encodeTlv(tag: number, value: Uint8Array): Uint8Array {
  const tagBytes = tag > 0xff ? [tag >> 8, tag & 0xff] : [tag];
  const n = value.length;
  if (n > 0xffff) throw new RangeError('TLV value too long'); // a bug in the caller, not input
  const lenBytes = n < 0x80 ? [n] : n <= 0xff ? [0x81, n] : [0x82, n >> 8, n & 0xff];
  const out = new Uint8Array(tagBytes.length + lenBytes.length + n);
  out.set([...tagBytes, ...lenBytes]);
  out.set(value, tagBytes.length + lenBytes.length);
  return out;
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
