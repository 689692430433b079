// Receipt figures: layout + rasterise + encode of a 20-line Arabic receipt (median of 30
// after warm-up, fonts already loaded as at kiosk start) and the bytes it sends.
import { checkReceiptFonts, describeFontError } from '../hardware/printer/receipt-fonts';
import type { ReceiptDocument } from '../hardware/printer/receipt';
import { createReceiptEncoder } from '../hardware/printer/receipt-job';

const RUNS = 30;
const WARM_UP = 3;

function twentyLineReceipt(): ReceiptDocument {
  const rows = Array.from({ length: 14 }, (_, i) => ({ label: `مخالفة مرورية رقم ${i + 1}`, value: `${(i + 1) * 100}.00 ر.ق`, isolateLtr: true }));
  return {
    language: 'ar',
    direction: 'rtl',
    title: 'وزارة الداخلية',
    subtitle: 'مخالفات المرور',
    issuedAt: '١٢ مارس ٢٠٢٦، ١٠:٤٢ ص',
    kioskId: 'KIOSK-DOH-07',
    reference: '2026-000123',
    rows,
    total: { label: 'الإجمالي', value: '10,500.00 ر.ق', isolateLtr: true },
    notes: ['احتفظ بهذا الإيصال.'],
    qr: '2026-000123:7F3A',
  };
}

export async function runPrinterBench(): Promise<Record<string, number>> {
  const fonts = checkReceiptFonts(['ar']);
  if (!fonts.ok) throw new Error(describeFontError(fonts.error));
  const encode = createReceiptEncoder({ fonts: fonts.value });
  const doc = twentyLineReceipt();
  let bytes = 0;
  const times: number[] = [];
  for (let i = 0; i < WARM_UP + RUNS; i += 1) {
    const started = performance.now();
    bytes = encode(doc).length;
    if (i >= WARM_UP) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = (times[(RUNS - 1) >> 1]! + times[RUNS >> 1]!) / 2;
  return { receipt_ar_20_lines_render_ms_median: Math.round(median * 10) / 10, receipt_ar_20_lines_bytes: bytes };
}
