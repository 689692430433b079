// Pure layout of a ReceiptDocument into positioned draw operations for a raster receipt.
// Text is measured through an injected function, so wrapping is tested without a canvas.
import type { ReceiptDocument, ReceiptRow } from './receipt';

export interface FontSpec {
  readonly sizePx: number;
  readonly isBold: boolean;
  /** References, amounts and ids: the Latin face first, whatever the language. */
  readonly isLatinFirst?: boolean;
}

export interface Measure {
  /** Advance width of the text in dots, laid out in the document's direction. */
  width(text: string, font: FontSpec): number;
  /** Ascent and descent of the font box, so mixed scripts keep a steady baseline. */
  box(font: FontSpec): { ascent: number; descent: number };
}

export type DrawOp =
  | { readonly kind: 'text'; readonly text: string; readonly font: FontSpec; readonly align: 'start' | 'end' | 'center'; readonly baselineY: number }
  | { readonly kind: 'rule'; readonly y: number }
  | { readonly kind: 'qr'; readonly text: string; readonly y: number; readonly sizeDots: number };

export interface RasterLayout {
  readonly ops: readonly DrawOp[];
  readonly heightDots: number;
  readonly marginDots: number;
}

// First strong isolate / pop directional isolate (Unicode UAX #9, X5c and X6a): a reference
// such as 2026-000123 keeps its left-to-right order inside Arabic or Urdu text.
const FSI = '\u2068';
const LRI = '\u2066';
const PDI = '\u2069';
export const isolateLtr = (text: string): string => `${LRI}${text}${PDI}`;
export const isolate = (text: string): string => `${FSI}${text}${PDI}`;

/** Breaks text into lines no wider than maxWidth, at spaces, or inside a word too long. */
export function wrapMeasured(text: string, maxWidth: number, font: FontSpec, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter((w) => w.length > 0)) {
    const candidate = line.length === 0 ? word : `${line} ${word}`;
    if (measure.width(candidate, font) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line.length > 0) lines.push(line);
    line = '';
    let rest = [...word];
    while (rest.length > 0 && measure.width(rest.join(''), font) > maxWidth) {
      let take = rest.length - 1;
      while (take > 1 && measure.width(rest.slice(0, take).join(''), font) > maxWidth) take -= 1;
      lines.push(rest.slice(0, take).join(''));
      rest = rest.slice(take);
    }
    line = rest.join('');
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines;
}

export function layoutReceipt(doc: ReceiptDocument, widthDots: number, measure: Measure): RasterLayout {
  const scale = widthDots >= 576 ? 1 : 0.84;
  const body: FontSpec = { sizePx: Math.round(24 * scale), isBold: false };
  const strong: FontSpec = { ...body, isBold: true };
  const title: FontSpec = { sizePx: Math.round(30 * scale), isBold: true };
  const reference: FontSpec = { sizePx: Math.round(36 * scale), isBold: true };
  const margin = Math.round(8 * scale);
  const inner = widthDots - 2 * margin;
  const gap = Math.round(16 * scale);
  const leading = Math.round(4 * scale);
  const ops: DrawOp[] = [];
  let y = margin;

  const lineOf = (text: string, font: FontSpec, align: 'start' | 'end' | 'center'): void => {
    const { ascent, descent } = measure.box(font);
    ops.push({ kind: 'text', text, font, align, baselineY: y + ascent });
    y += ascent + descent + leading;
  };
  const paragraph = (text: string, font: FontSpec, align: 'start' | 'end' | 'center'): void => {
    for (const line of wrapMeasured(text, inner, font, measure)) lineOf(line, font, align);
  };
  const rule = (): void => {
    y += 6;
    ops.push({ kind: 'rule', y });
    y += 8;
  };
  const pair = (label: string, value: string, font: FontSpec, valueFont: FontSpec): void => {
    if (measure.width(label, font) + gap + measure.width(value, valueFont) <= inner) {
      const { ascent, descent } = measure.box(font);
      ops.push({ kind: 'text', text: label, font, align: 'start', baselineY: y + ascent });
      ops.push({ kind: 'text', text: value, font: valueFont, align: 'end', baselineY: y + ascent });
      y += ascent + descent + leading;
      return;
    }
    paragraph(label, font, 'start');
    paragraph(value, valueFont, 'end');
  };
  const latin = (font: FontSpec): FontSpec => ({ ...font, isLatinFirst: true });
  const row = (r: ReceiptRow, font: FontSpec): void =>
    r.isolateLtr ? pair(isolate(r.label), isolateLtr(r.value), font, latin(font)) : pair(isolate(r.label), isolate(r.value), font, font);

  paragraph(doc.title, title, 'center');
  paragraph(doc.subtitle, body, 'center');
  rule();
  pair(isolate(doc.issuedAt), isolateLtr(doc.kioskId), body, latin(body));
  y += 4;
  paragraph(isolateLtr(doc.reference), latin(reference), 'center');
  rule();
  for (const r of doc.rows) row(r, body);
  if (doc.total) {
    rule();
    row(doc.total, strong);
  }
  rule();
  for (const note of doc.notes) paragraph(note, body, 'start');
  if (doc.qr !== undefined) {
    y += 12;
    const sizeDots = Math.round(widthDots * 0.4);
    ops.push({ kind: 'qr', text: doc.qr, y, sizeDots });
    y += sizeDots;
  }
  return { ops, heightDots: y + margin, marginDots: margin };
}
