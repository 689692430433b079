/**
 * How a receipt goes onto paper: width, cut, feed and density. The composition root builds
 * this from the kiosk config; every field has a default so simulators need none.
 */
export type PaperWidthDots = 384 | 576; // 58 mm and 80 mm heads at 203 dpi

export interface PrintSettings {
  readonly paperWidthDots: PaperWidthDots;
  readonly cut: 'full' | 'partial' | 'none';
  /** Lines fed after the last printed line so the cut does not cross the QR code. */
  readonly feedLinesBeforeCut: number;
  /** Epson print density step, -6 (lighter) … +6 (darker); 0 keeps the printer's own setting. */
  readonly density: number;
}

export const defaultPrintSettings: PrintSettings = {
  paperWidthDots: 576,
  cut: 'partial',
  feedLinesBeforeCut: 4,
  density: 0,
};

/** Font A is 12 dots wide on Epson-compatible heads: 48 columns at 576 dots, 32 at 384. */
export function textColumns(widthDots: PaperWidthDots): number {
  return widthDots / 12;
}
