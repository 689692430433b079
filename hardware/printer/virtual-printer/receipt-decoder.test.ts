// Round trips: what our encoder sends, the virtual printer reads back.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodeRasterReceipt, encodeTextReceipt } from '../escpos-encoder';
import type { PrintSettings } from '../print-settings';
import { checkReceiptFonts } from '../receipt-fonts';
import { EscPosParser } from './escpos-parser';
import type { DecodedReceipt } from './receipt-decoder';
import { ReceiptDecoder } from './receipt-decoder';

const settings: PrintSettings = { paperWidthDots: 576, cut: 'partial', feedLinesBeforeCut: 2, density: 3 };
const fonts = checkReceiptFonts(['en']);

function decode(bytes: Uint8Array, widthDots = 576): DecodedReceipt[] {
  if (!fonts.ok) throw new Error('fonts missing');
  const decoder = new ReceiptDecoder(widthDots, fonts.value);
  return new EscPosParser().push(bytes).flatMap((command) => decoder.apply(command) ?? []);
}

describe('ReceiptDecoder', () => {
  it('given a code-page receipt, then its lines, styles, code page, density, QR and cut are read back', () => {
    const bytes = encodeTextReceipt({ lines: [{ text: 'Reçu 500,00 €', align: 'center', isBold: true }, { text: 'Total', align: 'left' }], qr: '2026-000123:7F3A' }, settings);
    const [receipt, ...rest] = decode(bytes);
    expect(rest).toEqual([]);
    const summary = receipt!.summary;
    expect(summary.lines.map((l) => l.text.trim())).toEqual(['Reçu 500,00 €', 'Total']);
    expect(summary.lines[0]).toMatchObject({ isBold: true, codepage: 'WPC1252' });
    expect(summary.qrCodes.map((q) => q.data)).toEqual(['2026-000123:7F3A']);
    expect(summary).toMatchObject({ cut: 'partial', density: 3, unknown: [] });
    const png = PNG.sync.read(receipt!.png);
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe('2026-000123:7F3A');
  });

  it('given a raster receipt, then every dot lands on the paper where it was sent', () => {
    const bits = Uint8Array.from({ length: 72 * 300 }, (_, i) => (i * 37) & 0xff);
    const [receipt] = decode(encodeRasterReceipt({ widthDots: 576, heightDots: 300, bits }, settings));
    const png = PNG.sync.read(receipt!.png);
    for (let y = 0; y < 300; y += 1) {
      for (let x = 0; x < 576; x += 1) {
        const isSent = (bits[y * 72 + (x >> 3)]! & (0x80 >> (x & 7))) !== 0;
        if ((png.data[(y * 576 + x) * 4]! === 0) !== isSent) throw new Error(`dot ${x},${y} differs`);
      }
    }
    expect(receipt!.summary.rasters).toEqual([{ y: 0, widthDots: 576, heightDots: 256, scale: 0 }, { y: 256, widthDots: 576, heightDots: 44, scale: 0 }]);
  });

  it('given text longer than the paper, then the printer wraps it to the next line instead of clipping', () => {
    const [receipt] = decode(encodeTextReceipt({ lines: [{ text: 'x'.repeat(40), align: 'left' }] }, { ...settings, paperWidthDots: 384 }), 384);
    expect(receipt!.summary.lines.map((l) => l.text)).toEqual(['x'.repeat(32), 'x'.repeat(8)]);
  });

  it('given commands it does not know, then the receipt lists them with offsets and still prints the rest', () => {
    const bytes = Uint8Array.of(0x1b, 0x40, 0x1b, 0x7b, 0x41, 0x0a, 0x1d, 0x56, 0x00);
    const [receipt] = decode(bytes);
    expect(receipt!.summary.unknown).toEqual([{ offset: 2, bytes: '1b7b', why: 'ESC command not emulated' }]);
    expect(receipt!.summary.lines.map((l) => l.text)).toEqual(['A']);
    expect(receipt!.summary.cut).toBe('full');
  });
});
