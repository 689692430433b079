import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { checkReceiptFonts } from './receipt-fonts';
import type { ReceiptDocument } from './receipt';
import { rasteriseReceipt } from './receipt-raster';

const fonts = checkReceiptFonts(['ar', 'ur']);
const doc: ReceiptDocument = {
  language: 'ur',
  direction: 'rtl',
  title: 'وزارت داخلہ',
  subtitle: 'ٹریفک جرمانے',
  issuedAt: '12 مارچ 2026',
  kioskId: 'KIOSK-1',
  reference: '2026-000123',
  rows: [{ label: 'کل رقم', value: '500.00 ریال', isolateLtr: true }],
  notes: ['یہ رسید سنبھال کر رکھیں۔'],
  qr: '2026-000123:7F3A',
};

describe('rasteriseReceipt', () => {
  for (const width of [384, 576] as const) {
    it(`given an Urdu receipt at ${width} dots, then the raster is ${width} dots wide, packed 1 bit per dot, and its QR scans back`, () => {
      if (!fonts.ok) throw new Error('fonts missing');
      const { raster, png } = rasteriseReceipt(doc, fonts.value, width);
      expect(raster.widthDots).toBe(width);
      expect(raster.bits.length).toBe((width / 8) * raster.heightDots);
      expect(raster.bits.some((b) => b !== 0)).toBe(true);
      const image = PNG.sync.read(png());
      expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe('2026-000123:7F3A');
    });
  }
});
