// Pure: RGBA pixels to the 1-bit, MSB-first rows that GS v 0 expects (Epson ESC/POS
// reference, "GS v 0": d = 1 prints a dot). Luminance below the threshold becomes black.
import type { PackedRaster } from './escpos-encoder';

export function packRaster(rgba: Uint8Array | Uint8ClampedArray, widthDots: number, heightDots: number, threshold = 128): PackedRaster {
  if (widthDots % 8 !== 0) throw new RangeError(`raster width ${widthDots} is not a multiple of 8 dots`);
  const bytesPerRow = widthDots / 8;
  const bits = new Uint8Array(bytesPerRow * heightDots);
  for (let y = 0; y < heightDots; y += 1) {
    for (let x = 0; x < widthDots; x += 1) {
      const i = (y * widthDots + x) * 4;
      // Rec. 601 luma, with transparent pixels read as paper white.
      const alpha = rgba[i + 3]! / 255;
      const luma = (0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]!) * alpha + 255 * (1 - alpha);
      if (luma < threshold) bits[y * bytesPerRow + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  return { widthDots, heightDots, bits };
}
