import { describe, expect, it } from 'vitest';
import { packRaster } from './raster-pack';

function rgba(pixels: number[]): Uint8Array {
  return Uint8Array.from(pixels.flatMap((v) => [v, v, v, 255]));
}

describe('packRaster', () => {
  it('given dark and light pixels, then dark ones become set bits, most significant bit first', () => {
    const packed = packRaster(rgba([0, 255, 255, 255, 255, 255, 255, 10, 255, 255, 255, 255, 255, 255, 255, 255]), 8, 2);
    expect([...packed.bits]).toEqual([0b1000_0001, 0]);
  });

  it('given transparent pixels, then they are paper, not ink', () => {
    const transparent = Uint8Array.from({ length: 8 * 4 }, () => 0);
    expect([...packRaster(transparent, 8, 1).bits]).toEqual([0]);
  });

  it('given a width that is not whole bytes, then it is refused as a bug', () => {
    expect(() => packRaster(rgba([0, 0, 0]), 3, 1)).toThrow(RangeError);
  });
});
