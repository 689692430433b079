// Pure: a ReceiptDocument laid out as code-page text lines, for Latin-only receipts.
import type { TextLine, TextReceipt } from './escpos-encoder';
import type { ReceiptDocument } from './receipt';
import { labelValueLines, wrapText } from './receipt-text-layout';
import { wpc1252Printable as printable } from './wpc1252';

/** Thin and figure spaces (French amounts: "1 500,00") print as the code page's no-break space. */
const narrowSpaces = /[\u2007\u2009\u202f]/g;
const forCodePage = (text: string): string => text.replace(narrowSpaces, '\u00a0');

function documentTexts(doc: ReceiptDocument): string[] {
  const rows = doc.total ? [...doc.rows, doc.total] : doc.rows;
  return [doc.title, doc.subtitle, doc.issuedAt, doc.kioskId, doc.reference, ...rows.flatMap((r) => [r.label, r.value]), ...doc.notes].map(forCodePage);
}

/** Whether every character of the document exists in the printer's code page. */
export function isCodePagePrintable(doc: ReceiptDocument): boolean {
  if (doc.direction !== 'ltr') return false;
  return documentTexts(doc).every((text) => [...text].every((ch) => printable.has(ch)));
}

export function textReceiptOf(original: ReceiptDocument, columns: number): TextReceipt {
  const doc = codePageDocument(original);
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

function codePageDocument(doc: ReceiptDocument): ReceiptDocument {
  const row = (r: ReceiptDocument['rows'][number]) => ({ ...r, label: forCodePage(r.label), value: forCodePage(r.value) });
  return {
    ...doc,
    title: forCodePage(doc.title),
    subtitle: forCodePage(doc.subtitle),
    issuedAt: forCodePage(doc.issuedAt),
    rows: doc.rows.map(row),
    ...(doc.total ? { total: row(doc.total) } : {}),
    notes: doc.notes.map(forCodePage),
  };
}
