// The one path from a ReceiptDocument to printer bytes, shared by the simulator and every
// real transport, so what the simulator captures is what a printer would receive.
// Latin-only receipts print as code-page text; any other script is shaped and rasterised.
import { encodeRasterReceipt, encodeTextReceipt } from './escpos-encoder';
import type { PrintSettings } from './print-settings';
import { defaultPrintSettings, textColumns } from './print-settings';
import type { ReceiptDocument } from './receipt';
import type { ReceiptFonts } from './receipt-fonts';
import { checkReceiptFonts, describeFontError, receiptLanguages } from './receipt-fonts';
import { rasteriseReceipt } from './receipt-raster';
import { isCodePagePrintable, textReceiptOf } from './receipt-text-document';

export type ReceiptEncoder = (doc: ReceiptDocument) => Uint8Array;

export interface ReceiptEncoderOptions {
  readonly settings?: PrintSettings;
  /** From checkReceiptFonts at start; defaults to every language the app ships fonts for. */
  readonly fonts?: ReceiptFonts;
  /** Rasterise Latin receipts too (some printers have no usable code page). */
  readonly isRasterOnly?: boolean;
}

let bundledFonts: ReceiptFonts | undefined;
function loadBundledFonts(): ReceiptFonts {
  if (bundledFonts) return bundledFonts;
  const checked = checkReceiptFonts(receiptLanguages);
  // The app's own font files are part of the build: missing ones are a packaging bug.
  if (!checked.ok) throw new Error(describeFontError(checked.error));
  bundledFonts = checked.value;
  return bundledFonts;
}

export function createReceiptEncoder(options: ReceiptEncoderOptions = {}): ReceiptEncoder {
  const settings = options.settings ?? defaultPrintSettings;
  return (doc) => {
    if (!options.isRasterOnly && isCodePagePrintable(doc)) {
      return encodeTextReceipt(textReceiptOf(doc, textColumns(settings.paperWidthDots)), settings);
    }
    const { raster } = rasteriseReceipt(doc, options.fonts ?? loadBundledFonts(), settings.paperWidthDots);
    return encodeRasterReceipt(raster, settings);
  };
}
