// The short tone played for a digit typed into a masked field (ADA 707.5, EN 301 549
// 5.1.3.9: masked entry is never spoken). Made once, here: a 70 ms 880 Hz sine with soft edges.
import { encodePcm16Wav } from '../../hardware/tts/wav-encode';

const sampleRate = 22_050;
const durationMs = 70;
const frequencyHz = 880;
const rampMs = 8; // edges that start and stop at zero, so the speaker does not click

export function keyToneWav(): Uint8Array {
  const frames = Math.round((sampleRate * durationMs) / 1000);
  const ramp = Math.round((sampleRate * rampMs) / 1000);
  const samples = Int16Array.from({ length: frames }, (_, i) => {
    const envelope = Math.min(1, i / ramp, (frames - 1 - i) / ramp);
    return Math.round(Math.sin((2 * Math.PI * frequencyHz * i) / sampleRate) * 9_000 * envelope);
  });
  return encodePcm16Wav(samples, sampleRate);
}
