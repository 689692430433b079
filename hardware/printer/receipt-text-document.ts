// Pure: a ReceiptDocument laid out as code-page text lines, for Latin-only receipts.
import type { TextLine, TextReceipt } from './escpos-encoder';
import type { ReceiptDocument } from './receipt';
import { labelValueLines, wrapText } from './receipt-text-layout';

/** Characters windows-1252 prints (Epson WPC1252); anything else goes to the raster path. */
const printable = new Set(
  [...new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 0xe0 }, (_, i) => 0x20 + i))].filter(
    (ch) => ch !== '\x7f' && !(ch >= '\x80' && ch <= '\x9f'),
  ),
);

function documentTexts(doc: ReceiptDocument): string[] {
  const rows = doc.total ? [...doc.rows, doc.total] : doc.rows;
  return [doc.title, doc.subtitle, doc.issuedAt, doc.kioskId, doc.reference, ...rows.flatMap((r) => [r.label, r.value]), ...doc.notes];
}

/** Whether every character of the document exists in the printer's code page. */
export function isCodePagePrintable(doc: ReceiptDocument): boolean {
  if (doc.direction !== 'ltr') return false;
  return documentTexts(doc).every((text) => [...text].every((ch) => printable.has(ch)));
}

export function textReceiptOf(doc: ReceiptDocument, columns: number): TextReceipt {
  const centered = (text: string, extra: Partial<TextLine> = {}): TextLine[] =>
    wrapText(text, Math.floor(columns / (extra.size ?? 1))).map((line) => ({ text: line, align: 'center', ...extra }));
  const left = (lines: string[], isBold = false): TextLine[] => lines.map((text) => ({ text, align: 'left', isBold }));
  const rule: TextLine = { text: '-'.repeat(columns), align: 'left' };
  const lines: TextLine[] = [
    ...centered(doc.title, { isBold: true }),
    ...centered(doc.subtitle),
    rule,
    ...left(labelValueLines(doc.issuedAt, doc.kioskId, columns)),
    ...centered(doc.reference, { isBold: true, size: 2 }),
    rule,
    ...doc.rows.flatMap((row) => left(labelValueLines(row.label, row.value, columns))),
  ];
  if (doc.total) lines.push(rule, ...left(labelValueLines(doc.total.label, doc.total.value, columns), true));
  lines.push(rule, ...doc.notes.flatMap((note) => left(wrapText(note, columns))));
  return doc.qr === undefined ? { lines } : { lines, qr: doc.qr };
}
