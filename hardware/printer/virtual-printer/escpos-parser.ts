/**
 * Pure, incremental ESC/POS parser for the virtual printer: bytes in (in any chunking),
 * commands out. Lengths follow the Epson ESC/POS reference. A command it does not know is
 * returned as `unknown` with its bytes and offset, never dropped silently.
 */
export type EscPosOp =
  | { readonly op: 'init' }
  | { readonly op: 'status-request'; readonly n: number }
  | { readonly op: 'text'; readonly bytes: Uint8Array }
  | { readonly op: 'lf' }
  | { readonly op: 'cr' }
  | { readonly op: 'codepage'; readonly n: number }
  | { readonly op: 'bold'; readonly isOn: boolean }
  | { readonly op: 'double-strike'; readonly isOn: boolean }
  | { readonly op: 'underline'; readonly dots: number }
  | { readonly op: 'align'; readonly align: 'left' | 'center' | 'right' }
  | { readonly op: 'feed-lines'; readonly lines: number }
  | { readonly op: 'feed-dots'; readonly dots: number }
  | { readonly op: 'font'; readonly n: number }
  | { readonly op: 'print-mode'; readonly bits: number }
  | { readonly op: 'line-spacing'; readonly dots: number | 'default' }
  | { readonly op: 'size'; readonly width: number; readonly height: number }
  | { readonly op: 'invert'; readonly isOn: boolean }
  | { readonly op: 'cancel-kanji' }
  | { readonly op: 'cut'; readonly mode: 'full' | 'partial'; readonly feedDots: number }
  | { readonly op: 'raster'; readonly widthBytes: number; readonly heightDots: number; readonly scale: number; readonly bits: Uint8Array }
  | { readonly op: 'qr'; readonly fn: number; readonly params: Uint8Array }
  | { readonly op: 'density'; readonly step: number }
  | { readonly op: 'unknown'; readonly bytes: Uint8Array; readonly why: string };

/** One command, where it started in the stream (byte offset) and its raw bytes. */
export type EscPosCommand = EscPosOp & { readonly offset: number; readonly raw: Uint8Array };
type Body = EscPosOp;
/** A command and how many bytes it took, or 'more' when the buffer ends inside it. */
type Step = { readonly command: Body; readonly length: number } | 'more';

const LF = 0x0a;
const CR = 0x0d;
const DLE = 0x10;
const ESC = 0x1b;
const FS = 0x1c;
const GS = 0x1d;

const alignOf = (n: number): 'left' | 'center' | 'right' => (n % 48 === 1 ? 'center' : n % 48 === 2 ? 'right' : 'left');
const isOn = (n: number): boolean => (n & 1) === 1;
const unknown = (bytes: Uint8Array, why: string): Body => ({ op: 'unknown', bytes: bytes.slice(), why });

function fixed(b: Uint8Array, at: number, length: number, make: (arg: number) => Body): Step {
  return at + length > b.length ? 'more' : { command: make(b[at + length - 1]!), length };
}

function parseEsc(b: Uint8Array, at: number): Step {
  if (at + 1 >= b.length) return 'more';
  switch (b[at + 1]) {
    case 0x40: return { command: { op: 'init' }, length: 2 };
    case 0x32: return { command: { op: 'line-spacing', dots: 'default' }, length: 2 };
    case 0x21: return fixed(b, at, 3, (n) => ({ op: 'print-mode', bits: n }));
    case 0x2d: return fixed(b, at, 3, (n) => ({ op: 'underline', dots: n % 48 }));
    case 0x33: return fixed(b, at, 3, (n) => ({ op: 'line-spacing', dots: n }));
    case 0x45: return fixed(b, at, 3, (n) => ({ op: 'bold', isOn: isOn(n) }));
    case 0x47: return fixed(b, at, 3, (n) => ({ op: 'double-strike', isOn: isOn(n) }));
    case 0x4d: return fixed(b, at, 3, (n) => ({ op: 'font', n: n % 48 }));
    case 0x61: return fixed(b, at, 3, (n) => ({ op: 'align', align: alignOf(n) }));
    case 0x64: return fixed(b, at, 3, (n) => ({ op: 'feed-lines', lines: n }));
    case 0x4a: return fixed(b, at, 3, (n) => ({ op: 'feed-dots', dots: n }));
    case 0x74: return fixed(b, at, 3, (n) => ({ op: 'codepage', n }));
    // Its argument count is unknown too: any argument bytes follow as text or further unknowns.
    default: return { command: unknown(b.subarray(at, at + 2), 'ESC command not emulated'), length: 2 };
  }
}

/** GS ( X pL pH <p bytes>: the length is in the command, so unknown functions skip cleanly. */
function parseGsParen(b: Uint8Array, at: number): Step {
  if (at + 4 >= b.length) return 'more';
  const kind = b[at + 2]!;
  const p = b[at + 3]! + (b[at + 4]! << 8);
  const length = 5 + p;
  if (at + length > b.length) return 'more';
  const params = b.subarray(at + 5, at + length);
  if (kind === 0x6b && p >= 2 && params[0] === 0x31) return { command: { op: 'qr', fn: params[1]!, params: params.slice(2) }, length };
  if (kind === 0x4b && p === 2 && params[0] === 0x31) {
    const m = params[1]!;
    return { command: { op: 'density', step: m > 127 ? m - 256 : m }, length };
  }
  return { command: unknown(b.subarray(at, length + at), `GS ( ${String.fromCharCode(kind)} function not emulated`), length };
}

function parseGs(b: Uint8Array, at: number): Step {
  if (at + 1 >= b.length) return 'more';
  switch (b[at + 1]) {
    case 0x21: return fixed(b, at, 3, (n) => ({ op: 'size', width: ((n >> 4) & 7) + 1, height: (n & 7) + 1 }));
    case 0x42: return fixed(b, at, 3, (n) => ({ op: 'invert', isOn: isOn(n) }));
    case 0x28: return parseGsParen(b, at);
    case 0x56: {
      if (at + 2 >= b.length) return 'more';
      const m = b[at + 2]!;
      const mode = m % 2 === 0 ? 'full' : 'partial';
      if (m === 0 || m === 1 || m === 48 || m === 49) return { command: { op: 'cut', mode, feedDots: 0 }, length: 3 };
      if (at + 3 >= b.length) return 'more';
      return { command: { op: 'cut', mode, feedDots: b[at + 3]! }, length: 4 };
    }
    case 0x76: {
      if (at + 7 >= b.length) return 'more';
      if (b[at + 2] !== 0x30) return { command: unknown(b.subarray(at, at + 3), 'GS v function not emulated'), length: 3 };
      const widthBytes = b[at + 4]! + (b[at + 5]! << 8);
      const heightDots = b[at + 6]! + (b[at + 7]! << 8);
      const length = 8 + widthBytes * heightDots;
      if (at + length > b.length) return 'more';
      const scale = b[at + 3]! % 48;
      return { command: { op: 'raster', widthBytes, heightDots, scale, bits: b.slice(at + 8, at + length) }, length };
    }
    default: return { command: unknown(b.subarray(at, at + 2), 'GS command not emulated'), length: 2 };
  }
}

function parseAt(b: Uint8Array, at: number): Step {
  const byte = b[at]!;
  if (byte >= 0x20 && byte !== 0x7f) {
    let end = at;
    while (end < b.length && b[end]! >= 0x20 && b[end] !== 0x7f) end += 1;
    return { command: { op: 'text', bytes: b.slice(at, end) }, length: end - at };
  }
  switch (byte) {
    case LF: return { command: { op: 'lf' }, length: 1 };
    case CR: return { command: { op: 'cr' }, length: 1 };
    case ESC: return parseEsc(b, at);
    case GS: return parseGs(b, at);
    case FS:
      if (at + 1 >= b.length) return 'more';
      return b[at + 1] === 0x2e ? { command: { op: 'cancel-kanji' }, length: 2 } : { command: unknown(b.subarray(at, at + 2), 'FS command not emulated'), length: 2 };
    case DLE:
      if (at + 2 >= b.length) return 'more';
      return b[at + 1] === 0x04 ? { command: { op: 'status-request', n: b[at + 2]! }, length: 3 } : { command: unknown(b.subarray(at, at + 3), 'DLE command not emulated'), length: 3 };
    default:
      return { command: unknown(b.subarray(at, at + 1), 'control byte not emulated'), length: 1 };
  }
}

export class EscPosParser {
  private pending = new Uint8Array(0);
  private consumed = 0;

  /** Parses what it can; an incomplete command at the end waits for the next chunk. */
  push(chunk: Uint8Array): EscPosCommand[] {
    const b = new Uint8Array(this.pending.length + chunk.length);
    b.set(this.pending);
    b.set(chunk, this.pending.length);
    const commands: EscPosCommand[] = [];
    let at = 0;
    while (at < b.length) {
      const step = parseAt(b, at);
      if (step === 'more') break;
      commands.push({ ...step.command, offset: this.consumed + at, raw: b.slice(at, at + step.length) });
      at += step.length;
    }
    this.consumed += at;
    this.pending = b.slice(at);
    return commands;
  }

  /** Bytes left over when the stream closes inside a command. */
  leftover(): Uint8Array {
    return this.pending;
  }
}
