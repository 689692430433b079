// How loud a clip is: tells speech from silence without listening to it.
import type { WavInfo } from './wav';

/** Root mean square of every sample, as a fraction of full scale (0 = silence, ~0.7 = full-scale sine). */
export function pcmRms(bytes: Uint8Array, info: WavInfo): number {
  const { dataOffset, dataBytes, format } = info;
  const view = new DataView(bytes.buffer, bytes.byteOffset + dataOffset, dataBytes);
  const sampleCount = format.bitsPerSample === 16 ? dataBytes / 2 : dataBytes;
  if (sampleCount === 0) return 0;
  let sumOfSquares = 0;
  for (let i = 0; i < sampleCount; i += 1) {
    // 8-bit WAV is unsigned around 128; 16-bit is signed little-endian
    const value = format.bitsPerSample === 16 ? view.getInt16(i * 2, true) / 32_768 : (view.getUint8(i) - 128) / 128;
    sumOfSquares += value * value;
  }
  return Math.sqrt(sumOfSquares / sampleCount);
}
