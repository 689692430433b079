// The virtual printer's paper roll: rows of dots, 1 bit each, written top to bottom as a
// thermal head would, and turned into a PNG (pngjs) when the receipt is cut.
import { PNG } from 'pngjs';

export class Paper {
  private readonly rows: Uint8Array[] = [];
  readonly bytesPerRow: number;

  constructor(readonly widthDots: number) {
    this.bytesPerRow = Math.ceil(widthDots / 8);
  }

  get heightDots(): number {
    return this.rows.length;
  }

  get isBlank(): boolean {
    return this.rows.every((row) => row.every((b) => b === 0));
  }

  feed(dots: number): void {
    for (let i = 0; i < dots; i += 1) this.rows.push(new Uint8Array(this.bytesPerRow));
  }

  /** Appends a band given as a dot predicate; dots beyond the paper edge are lost, as on paper. */
  appendBand(widthDots: number, heightDots: number, left: number, isDot: (x: number, y: number) => boolean): void {
    for (let y = 0; y < heightDots; y += 1) {
      const row = new Uint8Array(this.bytesPerRow);
      for (let x = 0; x < widthDots; x += 1) {
        const px = left + x;
        if (px >= 0 && px < this.widthDots && isDot(x, y)) row[px >> 3]! |= 0x80 >> (px & 7);
      }
      this.rows.push(row);
    }
  }

  isDotAt(x: number, y: number): boolean {
    const row = this.rows[y];
    return row !== undefined && (row[x >> 3]! & (0x80 >> (x & 7))) !== 0;
  }

  toPng(): Buffer {
    const height = Math.max(1, this.rows.length);
    const png = new PNG({ width: this.widthDots, height, colorType: 0, inputColorType: 0, bitDepth: 8 });
    const gray = Buffer.alloc(this.widthDots * height, 0xff);
    for (let y = 0; y < this.rows.length; y += 1) {
      for (let x = 0; x < this.widthDots; x += 1) if (this.isDotAt(x, y)) gray[y * this.widthDots + x] = 0;
    }
    png.data = gray;
    return PNG.sync.write(png, { colorType: 0, inputColorType: 0 });
  }
}
