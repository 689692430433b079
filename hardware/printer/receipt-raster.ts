// A ReceiptDocument drawn with @napi-rs/canvas in the app's fonts (shaping and bidi by
// skia/HarfBuzz), then packed to 1 bit per dot for GS v 0.
import { createCanvas } from '@napi-rs/canvas';
import type { SKRSContext2D } from '@napi-rs/canvas';
import QRCode from 'qrcode';
import type { PackedRaster } from './escpos-encoder';
import { packRaster } from './raster-pack';
import type { ReceiptDocument } from './receipt';
import type { ReceiptFonts } from './receipt-fonts';
import type { DrawOp, FontSpec, Measure } from './receipt-raster-layout';
import { layoutReceipt } from './receipt-raster-layout';

type Families = { readonly native: string; readonly latinFirst: string };

function cssFont(font: FontSpec, families: Families): string {
  return `${font.isBold ? 'bold ' : ''}${font.sizePx}px ${font.isLatinFirst ? families.latinFirst : families.native}`;
}

function measureWith(ctx: SKRSContext2D, family: Families): Measure {
  return {
    width(text, font) {
      ctx.font = cssFont(font, family);
      return ctx.measureText(text).width;
    },
    box(font) {
      ctx.font = cssFont(font, family);
      const m = ctx.measureText('Hg');
      return { ascent: Math.ceil(m.fontBoundingBoxAscent), descent: Math.ceil(m.fontBoundingBoxDescent) };
    },
  };
}

function drawQr(ctx: SKRSContext2D, text: string, top: number, sizeDots: number, widthDots: number): void {
  const modules = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  const quiet = 2; // modules of white each side, on top of the paper margin
  const moduleDots = Math.max(2, Math.floor(sizeDots / (modules.size + 2 * quiet)));
  const left = Math.round((widthDots - moduleDots * modules.size) / 2);
  const offset = top + quiet * moduleDots;
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (modules.get(row, col)) ctx.fillRect(left + col * moduleDots, offset + row * moduleDots, moduleDots, moduleDots);
    }
  }
}

function draw(ctx: SKRSContext2D, op: DrawOp, family: Families, isRtl: boolean, widthDots: number, margin: number): void {
  switch (op.kind) {
    case 'text': {
      ctx.font = cssFont(op.font, family);
      const physical = op.align === 'center' ? 'center' : (op.align === 'start') !== isRtl ? 'left' : 'right';
      ctx.textAlign = physical;
      const x = physical === 'center' ? widthDots / 2 : physical === 'left' ? margin : widthDots - margin;
      ctx.fillText(op.text, x, op.baselineY);
      return;
    }
    case 'rule':
      ctx.fillRect(margin, op.y, widthDots - 2 * margin, 2);
      return;
    case 'qr':
      drawQr(ctx, op.text, op.y, op.sizeDots, widthDots);
      return;
  }
}

/** Lays out and draws the receipt; returns RGBA pixels (for people) and the packed raster. */
export function rasteriseReceipt(doc: ReceiptDocument, fonts: ReceiptFonts, widthDots: number): { raster: PackedRaster; png: () => Buffer } {
  const family = { native: fonts.familyFor(doc.language), latinFirst: fonts.familyFor(doc.language, true) };
  const isRtl = doc.direction === 'rtl';
  const probe = createCanvas(widthDots, 1).getContext('2d');
  probe.direction = doc.direction;
  const layout = layoutReceipt(doc, widthDots, measureWith(probe, family));
  const canvas = createCanvas(widthDots, layout.heightDots);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, widthDots, layout.heightDots);
  ctx.fillStyle = '#000';
  ctx.direction = doc.direction;
  ctx.textBaseline = 'alphabetic';
  for (const op of layout.ops) draw(ctx, op, family, isRtl, widthDots, layout.marginDots);
  const pixels = ctx.getImageData(0, 0, widthDots, layout.heightDots).data;
  return { raster: packRaster(pixels, widthDots, layout.heightDots), png: () => canvas.toBuffer('image/png') };
}
