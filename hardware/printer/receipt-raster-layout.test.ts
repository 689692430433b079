import { describe, expect, it } from 'vitest';
import type { ReceiptDocument } from './receipt';
import type { DrawOp, Measure } from './receipt-raster-layout';
import { layoutReceipt, wrapMeasured } from './receipt-raster-layout';

// Every character is 10 dots wide, isolates take no room: enough to test the rules.
const measure: Measure = {
  width: (text) => [...text.replace(/[\u2066-\u2069]/g, '')].length * 10,
  box: (font) => ({ ascent: font.sizePx, descent: 6 }),
};
const font = { sizePx: 24, isBold: false };
const texts = (ops: readonly DrawOp[]): string[] => ops.flatMap((op) => (op.kind === 'text' ? [op.text] : []));

const doc: ReceiptDocument = {
  language: 'ar',
  direction: 'rtl',
  title: 'وزارة الداخلية',
  subtitle: 'مخالفات المرور',
  issuedAt: '١٢ مارس ٢٠٢٦',
  kioskId: 'KIOSK-1',
  reference: '2026-000123',
  rows: [{ label: 'تجاوز السرعة', value: '500.00 ر.ق', isolateLtr: true }],
  total: { label: 'الإجمالي', value: '500.00 ر.ق', isolateLtr: true },
  notes: ['احتفظ بهذا الإيصال'],
  qr: '2026-000123:7F3A',
};

describe('wrapMeasured', () => {
  it('given a sentence wider than the paper, then it wraps at spaces and every line fits', () => {
    const lines = wrapMeasured('aaaa bbbb cccc dddd', 100, font, measure);
    expect(lines).toEqual(['aaaa bbbb', 'cccc dddd']);
  });

  it('given one word wider than the paper, then it is broken across lines instead of clipped', () => {
    const lines = wrapMeasured('x'.repeat(25), 100, font, measure);
    expect(lines).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });
});

describe('layoutReceipt', () => {
  it('given an Arabic receipt, then the reference and amounts are wrapped in left-to-right isolates (U+2066 … U+2069)', () => {
    const all = texts(layoutReceipt(doc, 576, measure).ops);
    expect(all).toContain('\u20662026-000123\u2069');
    expect(all).toContain('\u2066500.00 ر.ق\u2069');
    expect(all).toContain('\u2066KIOSK-1\u2069');
  });

  it('given references and amounts, then they use the Latin face first', () => {
    const op = layoutReceipt(doc, 576, measure).ops.find((o) => o.kind === 'text' && o.text.includes('2026-000123'));
    expect(op?.kind === 'text' && op.font.isLatinFirst).toBe(true);
  });

  it('given a label and value that do not fit one 384-dot line, then they take two lines, value at the end', () => {
    const long: ReceiptDocument = { ...doc, rows: [{ label: 'ل'.repeat(30), value: '9'.repeat(12), isolateLtr: true }] };
    const ops = layoutReceipt(long, 384, measure).ops.filter((o): o is Extract<DrawOp, { kind: 'text' }> => o.kind === 'text');
    const label = ops.find((o) => o.text.includes('ل'.repeat(30)))!;
    const value = ops.find((o) => o.text.includes('9'.repeat(12)))!;
    expect(value.baselineY).toBeGreaterThan(label.baselineY);
    expect(value.align).toBe('end');
  });

  it('given any document, then no text line is wider than the paper inside its margins', () => {
    const wide: ReceiptDocument = { ...doc, notes: ['كلمة '.repeat(80), 'ا'.repeat(200)] };
    const layout = layoutReceipt(wide, 384, measure);
    for (const op of layout.ops) if (op.kind === 'text') expect(measure.width(op.text, op.font)).toBeLessThanOrEqual(384 - 2 * layout.marginDots);
  });

  it('given a QR text, then the QR sits at the end and the height covers it', () => {
    const layout = layoutReceipt(doc, 576, measure);
    const qr = layout.ops.at(-1);
    expect(qr?.kind).toBe('qr');
    expect(qr?.kind === 'qr' && qr.y + qr.sizeDots).toBeLessThanOrEqual(layout.heightDots);
  });
});
