/**
 * Pure ESC/POS encoding: receipt lines or a packed raster in, printer bytes out.
 *
 * Encoder library: @point-of-sale/receipt-printer-encoder, not receiptline. Why:
 * - its API is plain method calls, so text from the central (names, street names, notes)
 *   goes in as data; receiptline is a markup language where `|`, `{`, `_`, `^`, `~`, `` ` ``
 *   and `-` lines mean layout, so every field would need escaping first;
 * - it ships its own TypeScript types and per-printer code-page maps (Epson, Star, Bixolon…),
 *   native QR (`GS ( k`), cut and raw passthrough, and it is kept up (v4, 2025);
 * - receiptline's strength, rendering to SVG/text, does not help us: non-Latin scripts are
 *   shaped by our own canvas layout (receipt-raster.ts), and the virtual printer decodes
 *   the bytes themselves.
 * We use the library for text, styles, code page, QR and cut, and emit `GS v 0` ourselves
 * because our raster is already packed 1 bit per dot and cut into bands.
 */
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import type { PrintSettings } from './print-settings';
import { textColumns } from './print-settings';

export interface TextLine {
  readonly text: string;
  readonly align: 'left' | 'center' | 'right';
  readonly isBold?: boolean;
  /** Character magnification (GS !): 1 normal, 2 double width and height. */
  readonly size?: 1 | 2;
}

export interface TextReceipt {
  readonly lines: readonly TextLine[];
  readonly qr?: string;
}

/** 1 bit per dot, MSB first, rows of `widthDots / 8` bytes; a set bit burns a black dot. */
export interface PackedRaster {
  readonly widthDots: number;
  readonly heightDots: number;
  readonly bits: Uint8Array;
}

const ESC = 0x1b;
const GS = 0x1d;
/** Rows per GS v 0 band: cheap 58 mm heads buffer little, and Epson allows up to 4095. */
const RASTER_BAND_ROWS = 256;
/** WPC1252 (Epson ESC t 16) covers en/fr and decodes with the WHATWG windows-1252 table. */
export const TEXT_CODEPAGE = 'windows1252';

function newEncoder(settings: PrintSettings): ReceiptPrinterEncoder {
  return new ReceiptPrinterEncoder({
    language: 'esc-pos',
    columns: textColumns(settings.paperWidthDots),
    newline: '\n',
    codepageMapping: 'epson',
    feedBeforeCut: 0,
  });
}

/** GS ( K fn 49: select print density (Epson ESC/POS reference, "GS ( K <Function 49>"). */
export function densityCommand(step: number): Uint8Array {
  const clamped = Math.max(-6, Math.min(6, Math.round(step)));
  return Uint8Array.of(GS, 0x28, 0x4b, 0x02, 0x00, 0x31, clamped < 0 ? 256 + clamped : clamped);
}

/** GS v 0 m=0 (normal scale) with xL xH = bytes per row and yL yH = rows, then the dots. */
export function rasterCommands(raster: PackedRaster): Uint8Array[] {
  const bytesPerRow = raster.widthDots / 8;
  const commands: Uint8Array[] = [];
  for (let top = 0; top < raster.heightDots; top += RASTER_BAND_ROWS) {
    const rows = Math.min(RASTER_BAND_ROWS, raster.heightDots - top);
    const header = Uint8Array.of(GS, 0x76, 0x30, 0x00, bytesPerRow & 0xff, bytesPerRow >> 8, rows & 0xff, rows >> 8);
    const band = raster.bits.subarray(top * bytesPerRow, (top + rows) * bytesPerRow);
    const command = new Uint8Array(header.length + band.length);
    command.set(header);
    command.set(band, header.length);
    commands.push(command);
  }
  return commands;
}

function finish(encoder: ReceiptPrinterEncoder, settings: PrintSettings): Uint8Array {
  if (settings.feedLinesBeforeCut > 0) encoder.newline(settings.feedLinesBeforeCut);
  if (settings.cut === 'none') return encoder.encode();
  encoder.cut(settings.cut);
  const bytes = encoder.encode();
  // The library ends the cut with a line feed, which would feed blank paper onto the next
  // receipt: the job ends with GS V.
  return bytes.at(-1) === 0x0a ? bytes.subarray(0, -1) : bytes;
}

function start(settings: PrintSettings): ReceiptPrinterEncoder {
  const encoder = newEncoder(settings).initialize();
  if (settings.density !== 0) encoder.raw(densityCommand(settings.density));
  return encoder;
}

/** Code-page text receipt: ESC @, density, styled lines, native QR (GS ( k), feed, cut. */
export function encodeTextReceipt(receipt: TextReceipt, settings: PrintSettings): Uint8Array {
  const encoder = start(settings).codepage(TEXT_CODEPAGE);
  for (const line of receipt.lines) {
    const size = line.size ?? 1;
    encoder.align(line.align).bold(line.isBold ?? false).size(size, size).line(line.text);
  }
  encoder.size(1, 1).bold(false);
  if (receipt.qr !== undefined) encoder.align('center').qrcode(receipt.qr, { model: 2, size: 6, errorlevel: 'm' }).align('left');
  return finish(encoder, settings);
}

/** Raster receipt: ESC @, density, the packed image as GS v 0 bands, feed, cut. */
export function encodeRasterReceipt(raster: PackedRaster, settings: PrintSettings): Uint8Array {
  const encoder = start(settings);
  for (const command of rasterCommands(raster)) encoder.raw(command);
  return finish(encoder, settings);
}

export const escposBytes = { ESC, GS } as const;
