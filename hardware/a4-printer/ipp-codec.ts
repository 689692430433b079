// Pure IPP/1.1-2.0 message encoding and decoding (RFC 8010 §3): bytes in, values out, no I/O.
// We wrote our own instead of the npm `ipp` client because that client never settles its
// callback when CUPS answers with anything but HTTP 200, and a codec of our own can be tested
// with byte fixtures and fuzzed with bad bytes.
import type { Result } from '../result';
import { err, ok } from '../result';

/** Delimiter tags (RFC 8010 §3.5.1). */
export const GroupTag = { operation: 0x01, job: 0x02, end: 0x03, printer: 0x04, unsupported: 0x05 } as const;

/** Value tags we write or read by name (RFC 8010 §3.5.2). */
export const ValueTag = {
  unsupported: 0x10,
  unknown: 0x12,
  noValue: 0x13,
  integer: 0x21,
  boolean: 0x22,
  enum: 0x23,
  octetString: 0x30,
  begCollection: 0x34,
  textWithLanguage: 0x35,
  nameWithLanguage: 0x36,
  endCollection: 0x37,
  text: 0x41,
  name: 0x42,
  keyword: 0x44,
  uri: 0x45,
  charset: 0x47,
  naturalLanguage: 0x48,
  mimeMediaType: 0x49,
  memberAttrName: 0x4a,
} as const;

export type IppValue = number | boolean | string | Uint8Array | IppCollection | { readonly outOfBand: number };
export interface IppCollection {
  readonly members: readonly IppAttribute[];
}
export interface IppAttribute {
  readonly name: string;
  readonly tag: number;
  readonly values: readonly IppValue[];
}
export interface IppGroup {
  readonly tag: number;
  readonly attributes: readonly IppAttribute[];
}
export interface IppMessage {
  readonly version: readonly [number, number];
  /** operation-id in a request, status-code in a response */
  readonly code: number;
  readonly requestId: number;
  readonly groups: readonly IppGroup[];
  /** The document after end-of-attributes (a PDF in Print-Job). */
  readonly data: Uint8Array;
}

export type IppDecodeError =
  | { readonly kind: 'truncated'; readonly offset: number }
  | { readonly kind: 'bad-tag'; readonly offset: number; readonly tag: number }
  | { readonly kind: 'bad-value'; readonly offset: number; readonly name: string };

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder('utf-8');

// ---------------------------------------------------------------- encoding

function isString(tag: number): boolean {
  return tag >= 0x40 && tag <= 0x4f;
}

function encodeValue(tag: number, value: IppValue): Uint8Array {
  if (typeof value === 'number') {
    const out = new Uint8Array(4);
    new DataView(out.buffer).setInt32(0, value);
    return out;
  }
  if (typeof value === 'boolean') return Uint8Array.of(value ? 1 : 0);
  if (typeof value === 'string' && isString(tag)) return utf8.encode(value);
  if (value instanceof Uint8Array) return value;
  if (typeof value === 'object' && 'outOfBand' in value) return new Uint8Array(0);
  throw new TypeError(`ipp-codec: cannot encode ${typeof value} with tag 0x${tag.toString(16)}`); // a bug in our request builder
}

function u16(n: number): Uint8Array {
  return Uint8Array.of((n >> 8) & 0xff, n & 0xff);
}

export function encodeIpp(message: Omit<IppMessage, 'data'> & { readonly data?: Uint8Array }): Uint8Array {
  const parts: Uint8Array[] = [Uint8Array.of(message.version[0], message.version[1]), u16(message.code)];
  const id = new Uint8Array(4);
  new DataView(id.buffer).setUint32(0, message.requestId);
  parts.push(id);
  for (const group of message.groups) {
    parts.push(Uint8Array.of(group.tag));
    for (const attribute of group.attributes) {
      attribute.values.forEach((value, i) => {
        // additional values of a 1setOf carry an empty name (RFC 8010 §3.1.5)
        const name = i === 0 ? utf8.encode(attribute.name) : new Uint8Array(0);
        const bytes = encodeValue(attribute.tag, value);
        parts.push(Uint8Array.of(attribute.tag), u16(name.length), name, u16(bytes.length), bytes);
      });
    }
  }
  parts.push(Uint8Array.of(GroupTag.end));
  if (message.data) parts.push(message.data);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// ---------------------------------------------------------------- decoding

class Reader {
  at = 0;
  constructor(readonly bytes: Uint8Array) {}
  get left(): number {
    return this.bytes.length - this.at;
  }
  take(n: number): Uint8Array | undefined {
    if (this.left < n) return undefined;
    const slice = this.bytes.subarray(this.at, this.at + n);
    this.at += n;
    return slice;
  }
  u8(): number | undefined {
    return this.left < 1 ? undefined : this.bytes[this.at++];
  }
  u16(): number | undefined {
    const b = this.take(2);
    return b && (b[0]! << 8) | b[1]!;
  }
}

type Step<T> = Result<T, IppDecodeError>;

function decodeScalar(tag: number, raw: Uint8Array, offset: number, name: string): Step<IppValue> {
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  if (tag >= 0x10 && tag <= 0x1f) return ok({ outOfBand: tag });
  if (tag === ValueTag.integer || tag === ValueTag.enum) return raw.length === 4 ? ok(view.getInt32(0)) : err({ kind: 'bad-value', offset, name });
  if (tag === ValueTag.boolean) return raw.length === 1 ? ok(raw[0] !== 0) : err({ kind: 'bad-value', offset, name });
  if (tag === ValueTag.textWithLanguage || tag === ValueTag.nameWithLanguage) {
    // language length + language, text length + text: we keep the text
    const langLength = raw.length >= 2 ? view.getUint16(0) : -1;
    const textAt = 2 + langLength;
    const textLength = langLength >= 0 && raw.length >= textAt + 2 ? view.getUint16(textAt) : -1;
    if (textLength < 0 || textAt + 2 + textLength !== raw.length) return err({ kind: 'bad-value', offset, name });
    return ok(fromUtf8.decode(raw.subarray(textAt + 2)));
  }
  if (isString(tag)) return ok(fromUtf8.decode(raw));
  if (tag >= 0x30 && tag <= 0x3f) return ok(raw.slice()); // octetString, dateTime, resolution, range: kept raw
  return err({ kind: 'bad-tag', offset, tag });
}

/** Reads one value (tag already read). Collections recurse until their endCollection. */
function readValue(r: Reader, tag: number, name: string, depth: number): Step<IppValue> {
  const offset = r.at;
  const length = r.u16();
  const raw = length === undefined ? undefined : r.take(length);
  if (raw === undefined) return err({ kind: 'truncated', offset });
  if (tag !== ValueTag.begCollection) return decodeScalar(tag, raw, offset, name);
  if (depth > 8) return err({ kind: 'bad-value', offset, name }); // a hostile answer could nest forever
  const members: IppAttribute[] = [];
  for (;;) {
    const memberTag = r.u8();
    const nameLength = r.u16();
    const nameBytes = nameLength === undefined ? undefined : r.take(nameLength);
    if (memberTag === undefined || nameBytes === undefined) return err({ kind: 'truncated', offset: r.at });
    if (memberTag === ValueTag.endCollection) {
      const endLength = r.u16();
      if (endLength === undefined || r.take(endLength) === undefined) return err({ kind: 'truncated', offset: r.at });
      return ok({ members });
    }
    if (memberTag === ValueTag.memberAttrName) {
      const memberName = readValue(r, memberTag, name, depth);
      if (!memberName.ok) return memberName;
      members.push({ name: String(memberName.value), tag: 0, values: [] });
      continue;
    }
    const value = readValue(r, memberTag, name, depth + 1);
    if (!value.ok) return value;
    const last = members.at(-1);
    if (last === undefined) return err({ kind: 'bad-value', offset, name });
    members[members.length - 1] = { name: last.name, tag: memberTag, values: [...last.values, value.value] };
  }
}

export function decodeIpp(bytes: Uint8Array): Result<IppMessage, IppDecodeError> {
  const r = new Reader(bytes);
  const head = r.take(8);
  if (!head) return err({ kind: 'truncated', offset: 0 });
  const view = new DataView(head.buffer, head.byteOffset, 8);
  const groups: { tag: number; attributes: IppAttribute[] }[] = [];
  for (;;) {
    const offset = r.at;
    const tag = r.u8();
    if (tag === undefined) return err({ kind: 'truncated', offset });
    if (tag === GroupTag.end) break;
    if (tag <= 0x0f) {
      groups.push({ tag, attributes: [] });
      continue;
    }
    const group = groups.at(-1);
    if (group === undefined || tag === ValueTag.endCollection || tag === ValueTag.memberAttrName || tag === 0x7f) return err({ kind: 'bad-tag', offset, tag });
    const nameLength = r.u16();
    const nameBytes = nameLength === undefined ? undefined : r.take(nameLength);
    if (nameBytes === undefined) return err({ kind: 'truncated', offset });
    const name = fromUtf8.decode(nameBytes);
    const previous = group.attributes.at(-1);
    if (name === '' && previous === undefined) return err({ kind: 'bad-value', offset, name });
    const value = readValue(r, tag, name || (previous?.name ?? ''), 0);
    if (!value.ok) return value;
    if (name === '' && previous) group.attributes[group.attributes.length - 1] = { ...previous, values: [...previous.values, value.value] };
    else group.attributes.push({ name, tag, values: [value.value] });
  }
  return ok({
    version: [head[0]!, head[1]!],
    code: view.getUint16(2),
    requestId: view.getUint32(4),
    groups,
    data: bytes.slice(r.at),
  });
}

/** The values of the first attribute with this name in a group of this tag. */
export function findValues(message: IppMessage, groupTag: number, name: string): readonly IppValue[] | undefined {
  for (const group of message.groups) {
    if (group.tag !== groupTag) continue;
    const found = group.attributes.find((a) => a.name === name);
    if (found) return found.values;
  }
  return undefined;
}
