// Draws one line of code-page text as the printer's font A would: 12 x 24-dot cells,
// magnified by GS !, in the app's Latin face so the image is the same on every machine.
import { createCanvas } from '@napi-rs/canvas';
import type { ReceiptFonts } from '../receipt-fonts';

export interface Glyph {
  readonly ch: string;
  readonly isBold: boolean;
  readonly isUnderlined: boolean;
  readonly isInverted: boolean;
  readonly width: number; // magnification 1..8
  readonly height: number;
}

export const CELL_WIDTH_DOTS = 12;
export const CELL_HEIGHT_DOTS = 24;

export function glyphsWidthDots(glyphs: readonly Glyph[]): number {
  return glyphs.reduce((sum, g) => sum + CELL_WIDTH_DOTS * g.width, 0);
}

/** RGBA pixels of the line, `bandHeight` tall, glyphs starting at `left`. */
export function drawTextBand(glyphs: readonly Glyph[], widthDots: number, bandHeight: number, left: number, fonts: ReceiptFonts): Uint8ClampedArray {
  const canvas = createCanvas(widthDots, bandHeight);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, widthDots, bandHeight);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  const lineHeight = Math.max(...glyphs.map((g) => g.height)) * CELL_HEIGHT_DOTS;
  let x = left;
  for (const g of glyphs) {
    const cellW = CELL_WIDTH_DOTS * g.width;
    const cellH = CELL_HEIGHT_DOTS * g.height;
    const top = lineHeight - cellH; // characters of mixed sizes share the baseline
    if (g.isInverted) {
      ctx.fillStyle = '#000';
      ctx.fillRect(x, top, cellW, cellH);
    }
    ctx.fillStyle = g.isInverted ? '#fff' : '#000';
    ctx.save();
    ctx.translate(x + cellW / 2, top + cellH * 0.8);
    ctx.scale(g.width, g.height);
    ctx.font = `${g.isBold ? 'bold ' : ''}19px ${fonts.familyFor('en')}`;
    ctx.fillText(g.ch, 0, 0);
    ctx.restore();
    if (g.isUnderlined) ctx.fillRect(x, top + cellH - 2, cellW, 2);
    x += cellW;
  }
  return ctx.getImageData(0, 0, widthDots, bandHeight).data;
}
