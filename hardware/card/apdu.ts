// ISO/IEC 7816-4 short APDUs: building commands, decoding them (the card's side) and
// parsing responses into typed status words. Pure: no transport, no personal data.
import { err, ok, type Result } from '../result';

export interface CommandApdu {
  readonly cla: number;
  readonly ins: number;
  readonly p1: number;
  readonly p2: number;
  readonly data: Uint8Array;
  /** Expected response length, 1..256 (256 travels as 0x00); absent: no response data. */
  readonly le?: number;
}

export const Ins = {
  select: 0xa4,
  readBinary: 0xb0,
  verify: 0x20,
  getResponse: 0xc0,
  internalAuthenticate: 0x88,
} as const;

/** The status word as a value; `sw` is always the four hex digits, for logs. */
export type StatusWord =
  | { readonly kind: 'ok'; readonly sw: string }
  | { readonly kind: 'tries-left'; readonly sw: string; readonly triesLeft: number } // 63Cx
  | { readonly kind: 'blocked'; readonly sw: string } // 6983 authentication method blocked
  | { readonly kind: 'wrong-length'; readonly sw: string } // 6700
  | { readonly kind: 'more-data'; readonly sw: string; readonly available: number } // 61xx
  | { readonly kind: 'wrong-le'; readonly sw: string; readonly exactLe: number } // 6Cxx
  | { readonly kind: 'error'; readonly sw: string };

export type ApduError =
  | { readonly kind: 'truncated'; readonly length: number }
  | { readonly kind: 'oversized'; readonly length: number }
  | { readonly kind: 'malformed-command' };

export interface ResponseApdu {
  readonly data: Uint8Array;
  readonly status: StatusWord;
}

/** Short APDUs carry at most 255 data bytes in and 256 out. */
export const maxCommandData = 255;
export const maxResponseData = 256;

export function swHex(sw1: number, sw2: number): string {
  return ((sw1 << 8) | sw2).toString(16).toUpperCase().padStart(4, '0');
}

export function statusWord(sw1: number, sw2: number): StatusWord {
  const sw = swHex(sw1, sw2);
  if (sw1 === 0x90 && sw2 === 0x00) return { kind: 'ok', sw };
  if (sw1 === 0x63 && (sw2 & 0xf0) === 0xc0) return { kind: 'tries-left', sw, triesLeft: sw2 & 0x0f };
  if (sw1 === 0x69 && sw2 === 0x83) return { kind: 'blocked', sw };
  if (sw1 === 0x67 && sw2 === 0x00) return { kind: 'wrong-length', sw };
  // 61xx and 6Cxx: xx = 00 means 256 (7816-4 §5.1.3)
  if (sw1 === 0x61) return { kind: 'more-data', sw, available: sw2 === 0 ? 256 : sw2 };
  if (sw1 === 0x6c) return { kind: 'wrong-le', sw, exactLe: sw2 === 0 ? 256 : sw2 };
  return { kind: 'error', sw };
}

export function encodeCommand(c: CommandApdu): Uint8Array {
  if (c.data.length > maxCommandData) throw new RangeError('command data exceeds a short APDU'); // a bug, not input
  if (c.le !== undefined && (c.le < 1 || c.le > 256)) throw new RangeError('Le must be 1..256');
  const out = new Uint8Array(4 + (c.data.length ? 1 + c.data.length : 0) + (c.le === undefined ? 0 : 1));
  out.set([c.cla, c.ins, c.p1, c.p2]);
  let at = 4;
  if (c.data.length) {
    out[at++] = c.data.length;
    out.set(c.data, at);
    at += c.data.length;
  }
  if (c.le !== undefined) out[at] = c.le & 0xff;
  return out;
}

/** The card's view: the four short cases of 7816-3 §12.1; extended length is refused. */
export function decodeCommand(bytes: Uint8Array): Result<CommandApdu, ApduError> {
  if (bytes.length < 4) return err({ kind: 'truncated', length: bytes.length });
  const [cla = 0, ins = 0, p1 = 0, p2 = 0] = bytes;
  const head = { cla, ins, p1, p2 };
  if (bytes.length === 4) return ok({ ...head, data: new Uint8Array(0) });
  const b5 = bytes[4] ?? 0;
  if (bytes.length === 5) return ok({ ...head, data: new Uint8Array(0), le: b5 === 0 ? 256 : b5 });
  if (b5 === 0) return err({ kind: 'malformed-command' }); // extended length: not spoken here
  const data = bytes.slice(5, 5 + b5);
  if (bytes.length === 5 + b5) return ok({ ...head, data });
  if (bytes.length === 6 + b5) {
    const le = bytes[5 + b5] ?? 0;
    return ok({ ...head, data, le: le === 0 ? 256 : le });
  }
  return err({ kind: bytes.length < 5 + b5 ? 'truncated' : 'oversized', length: bytes.length });
}

export function parseResponse(bytes: Uint8Array): Result<ResponseApdu, ApduError> {
  if (bytes.length < 2) return err({ kind: 'truncated', length: bytes.length });
  if (bytes.length > maxResponseData + 2) return err({ kind: 'oversized', length: bytes.length });
  const sw1 = bytes[bytes.length - 2] ?? 0;
  const sw2 = bytes[bytes.length - 1] ?? 0;
  return ok({ data: bytes.slice(0, -2), status: statusWord(sw1, sw2) });
}

export function encodeResponse(data: Uint8Array, sw: number): Uint8Array {
  const out = new Uint8Array(data.length + 2);
  out.set(data);
  out[data.length] = (sw >> 8) & 0xff;
  out[data.length + 1] = sw & 0xff;
  return out;
}

export const selectByAid = (aid: Uint8Array): Uint8Array =>
  encodeCommand({ cla: 0x00, ins: Ins.select, p1: 0x04, p2: 0x0c, data: aid }); // P2=0C: no FCI wanted

export const selectFile = (fid: number): Uint8Array =>
  encodeCommand({ cla: 0x00, ins: Ins.select, p1: 0x02, p2: 0x0c, data: Uint8Array.of(fid >> 8, fid & 0xff) });

export const readBinary = (offset: number, le: number): Uint8Array =>
  encodeCommand({ cla: 0x00, ins: Ins.readBinary, p1: (offset >> 8) & 0x7f, p2: offset & 0xff, data: new Uint8Array(0), le });

/** P2=81: the card's global PIN reference. No data: asks the tries counter only. */
export const verify = (pinBlock?: Uint8Array): Uint8Array =>
  encodeCommand({ cla: 0x00, ins: Ins.verify, p1: 0x00, p2: 0x81, data: pinBlock ?? new Uint8Array(0) });

export const getResponse = (le: number): Uint8Array =>
  encodeCommand({ cla: 0x00, ins: Ins.getResponse, p1: 0x00, p2: 0x00, data: new Uint8Array(0), le });

export const internalAuthenticate = (challenge: Uint8Array): Uint8Array =>
  encodeCommand({ cla: 0x00, ins: Ins.internalAuthenticate, p1: 0x00, p2: 0x00, data: challenge, le: 256 });

/** Same command with another Le (the card's answer to 6Cxx). */
export function withLe(command: Uint8Array, le: number): Result<Uint8Array, ApduError> {
  const decoded = decodeCommand(command);
  if (!decoded.ok) return decoded;
  return ok(encodeCommand({ ...decoded.value, le }));
}
