import { describe, expect, it } from 'vitest';
import { contractReceipt } from './contract-suite';
import type { ReceiptDocument } from './receipt';
import { createReceiptEncoder } from './receipt-job';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const arabic: ReceiptDocument = { ...contractReceipt, language: 'ar', direction: 'rtl', title: 'وزارة الداخلية' };
const RASTER = '1d7630';
const CODEPAGE_1252 = '1b7410';

describe('createReceiptEncoder', () => {
  it('given a Latin-only receipt, then it prints as WPC1252 code-page text with no raster', () => {
    const bytes = hex(createReceiptEncoder()(contractReceipt));
    expect(bytes).toContain(CODEPAGE_1252);
    expect(bytes).not.toContain(RASTER);
  });

  it('given an Arabic receipt, then it is shaped and sent as GS v 0 raster at the paper width', () => {
    const bytes = createReceiptEncoder({ settings: { paperWidthDots: 384, cut: 'full', feedLinesBeforeCut: 2, density: 0 } })(arabic);
    const at = hex(bytes).indexOf(RASTER);
    expect(at).toBeGreaterThan(0);
    expect(bytes[at / 2 + 4]).toBe(384 / 8); // xL: bytes per row
    expect(hex(bytes)).toMatch(/0a0a1d5600$/); // two feeds, then GS V 0 (full cut)
  });

  it('given a Latin word the code page lacks (Ł), then the receipt goes to raster rather than printing ?', () => {
    expect(hex(createReceiptEncoder()({ ...contractReceipt, notes: ['Łódź'] }))).toContain(RASTER);
  });

  it('given a raster-only printer, then even Latin receipts are rasterised', () => {
    expect(hex(createReceiptEncoder({ isRasterOnly: true })(contractReceipt))).toContain(RASTER);
  });
});
