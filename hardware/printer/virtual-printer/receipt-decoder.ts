// Plays parsed ESC/POS commands onto paper the way an Epson-compatible printer would, and
// keeps a summary of what it understood. A cut ends one receipt: PNG + summary.
import QRCode from 'qrcode';
import type { QRCodeErrorCorrectionLevel } from 'qrcode';
import type { ReceiptFonts } from '../receipt-fonts';
import { codepageName, decodeCodepage } from './codepages';
import type { EscPosCommand } from './escpos-parser';
import { Paper } from './paper';
import type { Glyph } from './text-band';
import { CELL_HEIGHT_DOTS, drawTextBand, glyphsWidthDots } from './text-band';

type Align = 'left' | 'center' | 'right';

export interface ReceiptSummary {
  widthDots: number;
  heightDots: number;
  lines: { y: number; text: string; align: Align; isBold: boolean; size: string; codepage: string }[];
  rasters: { y: number; widthDots: number; heightDots: number; scale: number }[];
  qrCodes: { y: number; data: string; moduleDots: number; errorLevel: string }[];
  cut: 'full' | 'partial' | null;
  density: number | null;
  fedDots: number;
  unknown: { offset: number; bytes: string; why: string }[];
  commandCounts: Record<string, number>;
}

export interface DecodedReceipt {
  readonly png: Buffer;
  readonly summary: ReceiptSummary;
}

const DEFAULT_LINE_SPACING_DOTS = 30; // ESC 2: 1/6 inch on 180/203 dpi heads
const errorLevels: Record<number, QRCodeErrorCorrectionLevel> = { 48: 'L', 49: 'M', 50: 'Q', 51: 'H' };

const emptySummary = (widthDots: number): ReceiptSummary => ({
  widthDots, heightDots: 0, lines: [], rasters: [], qrCodes: [], cut: null, density: null, fedDots: 0, unknown: [], commandCounts: {},
});

export class ReceiptDecoder {
  private paper: Paper;
  private summary: ReceiptSummary;
  private line: Glyph[] = [];
  private style = { isBold: false, isUnderlined: false, isInverted: false, width: 1, height: 1 };
  private align: Align = 'left';
  private codepage = 0;
  private lineSpacing = DEFAULT_LINE_SPACING_DOTS;
  private qr = { data: new Uint8Array(0), moduleDots: 3, errorLevel: 'L' as QRCodeErrorCorrectionLevel };

  constructor(private readonly widthDots: number, private readonly fonts: ReceiptFonts) {
    this.paper = new Paper(widthDots);
    this.summary = emptySummary(widthDots);
  }

  /** Applies one command; returns the finished receipt when the command is a cut. */
  apply(command: EscPosCommand): DecodedReceipt | undefined {
    const counts = this.summary.commandCounts;
    counts[command.op] = (counts[command.op] ?? 0) + 1;
    switch (command.op) {
      case 'init':
        this.style = { isBold: false, isUnderlined: false, isInverted: false, width: 1, height: 1 };
        this.align = 'left';
        this.codepage = 0;
        this.lineSpacing = DEFAULT_LINE_SPACING_DOTS;
        return undefined;
      case 'text':
        for (const ch of decodeCodepage(command.bytes, this.codepage).text) this.addGlyph(ch);
        return undefined;
      case 'lf': this.printLine(); return undefined;
      case 'cr': case 'cancel-kanji': case 'font': case 'status-request': return undefined;
      case 'codepage': this.codepage = command.n; return undefined;
      case 'bold': case 'double-strike': this.style.isBold = command.isOn; return undefined;
      case 'underline': this.style.isUnderlined = command.dots > 0; return undefined;
      case 'invert': this.style.isInverted = command.isOn; return undefined;
      case 'align': this.align = command.align; return undefined;
      case 'size': this.style.width = command.width; this.style.height = command.height; return undefined;
      case 'print-mode':
        this.style.isBold = (command.bits & 0x08) !== 0;
        this.style.height = command.bits & 0x10 ? 2 : 1;
        this.style.width = command.bits & 0x20 ? 2 : 1;
        this.style.isUnderlined = (command.bits & 0x80) !== 0;
        return undefined;
      case 'line-spacing': this.lineSpacing = command.dots === 'default' ? DEFAULT_LINE_SPACING_DOTS : command.dots; return undefined;
      case 'feed-lines':
        if (command.lines === 0) this.flushLineWithoutFeed();
        else {
          this.printLine();
          this.feed(this.lineSpacing * (command.lines - 1));
        }
        return undefined;
      case 'feed-dots': this.flushLineWithoutFeed(); this.feed(command.dots); return undefined;
      case 'density': this.summary.density = command.step; return undefined;
      case 'raster': this.printRaster(command.widthBytes, command.heightDots, command.scale, command.bits); return undefined;
      case 'qr': this.qrFunction(command.fn, command.params, command.offset); return undefined;
      case 'unknown':
        this.summary.unknown.push({ offset: command.offset, bytes: Buffer.from(command.bytes).toString('hex'), why: command.why });
        return undefined;
      case 'cut':
        this.flushLineWithoutFeed();
        this.feed(command.feedDots);
        this.summary.cut = command.mode;
        return this.finish();
    }
  }

  /** What is on the paper but not yet cut (the stream ended without a cut). */
  finish(): DecodedReceipt | undefined {
    this.flushLineWithoutFeed();
    if (this.paper.heightDots === 0 && this.summary.unknown.length === 0) return undefined;
    const summary = { ...this.summary, heightDots: this.paper.heightDots };
    const receipt = { png: this.paper.toPng(), summary };
    this.paper = new Paper(this.widthDots);
    this.summary = emptySummary(this.widthDots);
    return receipt;
  }

  private addGlyph(ch: string): void {
    const glyph = { ch, ...this.style };
    // The head wraps to the next line when the text reaches the paper edge.
    if (glyphsWidthDots([...this.line, glyph]) > this.widthDots) this.printLine();
    this.line.push(glyph);
  }

  private feed(dots: number): void {
    this.paper.feed(dots);
    this.summary.fedDots += dots;
  }

  private leftFor(widthDots: number): number {
    if (this.align === 'center') return Math.floor((this.widthDots - widthDots) / 2);
    if (this.align === 'right') return this.widthDots - widthDots;
    return 0;
  }

  private printLine(): void {
    if (this.line.length === 0) {
      this.feed(this.lineSpacing);
      return;
    }
    this.flushLineWithoutFeed();
  }

  private flushLineWithoutFeed(): void {
    if (this.line.length === 0) return;
    const glyphs = this.line;
    this.line = [];
    const tallest = Math.max(...glyphs.map((g) => g.height)) * CELL_HEIGHT_DOTS;
    const band = Math.max(tallest, this.lineSpacing);
    const left = this.leftFor(glyphsWidthDots(glyphs));
    const rgba = drawTextBand(glyphs, this.widthDots, band, left, this.fonts);
    const y = this.paper.heightDots;
    this.paper.appendBand(this.widthDots, band, 0, (x, row) => rgba[(row * this.widthDots + x) * 4]! < 128);
    // Libraries pad centred text with spaces: the style of the first visible glyph is the line's.
    const first = glyphs.find((g) => g.ch.trim() !== '') ?? glyphs[0]!;
    this.summary.lines.push({ y, text: glyphs.map((g) => g.ch).join(''), align: this.align, isBold: first.isBold, size: `${first.width}x${first.height}`, codepage: codepageName(this.codepage) });
  }

  private printRaster(widthBytes: number, heightDots: number, scale: number, bits: Uint8Array): void {
    this.flushLineWithoutFeed();
    const sx = scale & 1 ? 2 : 1;
    const sy = scale & 2 ? 2 : 1;
    const width = widthBytes * 8 * sx;
    const y = this.paper.heightDots;
    this.paper.appendBand(width, heightDots * sy, this.leftFor(width), (x, row) => {
      const bx = Math.floor(x / sx);
      return (bits[Math.floor(row / sy) * widthBytes + (bx >> 3)]! & (0x80 >> (bx & 7))) !== 0;
    });
    this.summary.rasters.push({ y, widthDots: widthBytes * 8, heightDots, scale });
  }

  /** GS ( k cn=49: fn 65 model, 67 module size, 69 error level, 80 store, 81 print. */
  private qrFunction(fn: number, params: Uint8Array, offset: number): void {
    if (fn === 0x41) return;
    if (fn === 0x43) this.qr.moduleDots = params[0] ?? 3;
    else if (fn === 0x45) this.qr.errorLevel = errorLevels[params[0] ?? 48] ?? 'L';
    else if (fn === 0x50) this.qr.data = params.slice(1);
    else if (fn === 0x51) this.printQr(offset);
    else this.summary.unknown.push({ offset, bytes: Buffer.from(params).toString('hex'), why: `GS ( k QR function ${fn} not emulated` });
  }

  private printQr(offset: number): void {
    this.flushLineWithoutFeed();
    const data = new TextDecoder().decode(this.qr.data);
    if (data.length === 0) {
      this.summary.unknown.push({ offset, bytes: '', why: 'GS ( k print with no stored QR data' });
      return;
    }
    const modules = QRCode.create(data, { errorCorrectionLevel: this.qr.errorLevel }).modules;
    const size = modules.size * this.qr.moduleDots;
    const y = this.paper.heightDots;
    this.paper.appendBand(size, size, this.leftFor(size), (x, row) => modules.get(Math.floor(row / this.qr.moduleDots), Math.floor(x / this.qr.moduleDots)) === 1);
    this.summary.qrCodes.push({ y, data, moduleDots: this.qr.moduleDots, errorLevel: this.qr.errorLevel });
  }
}
