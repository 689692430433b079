// Pure: a serial scanner's byte stream → codes, one per line. CR, LF and CR LF all end a line.
// Bad reads are dropped with a reason and never stop the lines that follow.
import type { ScanRead } from './scan-read';
import { isPrintable } from './scan-read';

const CR = 0x0d;
const LF = 0x0a;
const utf8 = new TextDecoder('utf-8', { fatal: true });

export class LineDecoder {
  private buffer: number[] = [];
  /** bytes seen on the current line, kept counting past the limit */
  private length = 0;

  constructor(private readonly maxLength: number) {}

  push(chunk: Uint8Array): ScanRead[] {
    const reads: ScanRead[] = [];
    for (const byte of chunk) {
      if (byte === CR || byte === LF) {
        const read = this.endLine();
        if (read) reads.push(read);
        continue;
      }
      this.length++;
      if (this.length <= this.maxLength) this.buffer.push(byte);
    }
    return reads;
  }

  hasPartial(): boolean {
    return this.length > 0;
  }

  /** The partial-read timer fired: whatever is buffered will never be a whole code. */
  expire(): ScanRead | undefined {
    if (!this.hasPartial()) return undefined;
    const length = this.length;
    const reason = length > this.maxLength ? 'too-long' : 'no-terminator';
    this.reset();
    return { kind: 'rejected', reason, length };
  }

  private endLine(): ScanRead | undefined {
    const length = this.length;
    const bytes = Uint8Array.from(this.buffer);
    this.reset();
    if (length === 0) return undefined; // the LF of a CR LF, or a blank line
    if (length > this.maxLength) return { kind: 'rejected', reason: 'too-long', length };
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error; // fatal decoding throws TypeError only
      return { kind: 'rejected', reason: 'not-text', length };
    }
    return isPrintable(text) ? { kind: 'code', text } : { kind: 'rejected', reason: 'not-text', length };
  }

  private reset(): void {
    this.buffer = [];
    this.length = 0;
  }
}
