import { describe, expect, it } from 'vitest';
import { wavFixtures } from './fixtures/wav-bytes';
import { pcmRms } from './pcm-level';
import { fixWavSizes, parseWav } from './wav';
import { encodePcm16Wav } from './wav-encode';

describe('WAV reader', () => {
  it('given a canonical 16-bit mono file, then it reads the format, frames and duration', () => {
    expect(parseWav(wavFixtures.canonicalPcm16)).toEqual({
      ok: true,
      value: {
        format: { channels: 1, sampleRate: 22_050, bitsPerSample: 16, blockAlign: 2 },
        dataOffset: 44,
        dataBytes: 8,
        frames: 4,
        durationMs: (4 * 1000) / 22_050,
        hasOpenSizes: false,
      },
    });
  });

  it("given espeak-ng's pipe header (sizes left at 0x7ffff000), then it reads only the bytes present and flags the open sizes", () => {
    expect(parseWav(wavFixtures.espeakPipeHeader)).toMatchObject({ ok: true, value: { dataBytes: 6, frames: 3, hasOpenSizes: true } });
  });

  it('given a trailing half frame, then the half frame is not counted', () => {
    expect(parseWav(wavFixtures.espeakPipeHalfFrame)).toMatchObject({ ok: true, value: { dataBytes: 6, frames: 3 } });
  });

  it('given an odd-sized chunk before the data, then the pad byte is skipped and the 8-bit stereo data found', () => {
    expect(parseWav(wavFixtures.listThenPcm8Stereo)).toMatchObject({
      ok: true,
      value: { format: { channels: 2, sampleRate: 8_000, bitsPerSample: 8, blockAlign: 2 }, dataOffset: 56, frames: 2, durationMs: 0.25, hasOpenSizes: false },
    });
  });

  it.each([
    ['not RIFF', wavFixtures.notRiff, { kind: 'not-riff' }],
    ['RIFF but not WAVE', wavFixtures.notWave, { kind: 'not-wave' }],
    ['cut inside the RIFF header', wavFixtures.cutInHeader, { kind: 'truncated', at: 6 }],
    ['data before fmt', wavFixtures.dataBeforeFmt, { kind: 'no-fmt' }],
    ['a fmt chunk and no data', wavFixtures.fmtOnly, { kind: 'no-data' }],
    ['32-bit float samples', wavFixtures.floatFormat, { kind: 'unsupported-format', formatCode: 3, bitsPerSample: 32 }],
    ['a block align that disagrees with the format', wavFixtures.wrongBlockAlign, { kind: 'bad-fmt', detail: 'block align 4 for 1×16 bits' }],
    ['a fmt chunk cut short', wavFixtures.fmtCutShort, { kind: 'truncated', at: 24 }],
    ['no bytes at all', new Uint8Array(0), { kind: 'truncated', at: 0 }],
  ])('given %s, then it is refused with a typed reason', (_name, bytes, error) => {
    expect(parseWav(bytes)).toEqual({ ok: false, error });
  });

  it('given random bytes after a valid RIFF/WAVE header, then it answers a typed error and never throws', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) & 0xff;
    for (let round = 0; round < 500; round += 1) {
      const bytes = Uint8Array.from({ length: 12 + (round % 64) }, next);
      bytes.set([0x52, 0x49, 0x46, 0x46], 0);
      bytes.set([0x57, 0x41, 0x56, 0x45], 8);
      const parsed = parseWav(bytes);
      if (parsed.ok) expect(parsed.value.dataOffset + parsed.value.dataBytes).toBeLessThanOrEqual(bytes.length);
      else expect(typeof parsed.error.kind).toBe('string');
    }
  });
});

describe('WAV size fixing', () => {
  it("given espeak-ng's open sizes and a half frame, then the copy has true sizes and reads back closed", () => {
    const fixed = fixWavSizes(wavFixtures.espeakPipeHalfFrame);
    if (!fixed.ok) throw new Error(fixed.error.kind);
    expect(fixed.value).toHaveLength(50);
    const view = new DataView(fixed.value.buffer);
    expect(view.getUint32(4, true)).toBe(42);
    expect(view.getUint32(40, true)).toBe(6);
    expect(parseWav(fixed.value)).toMatchObject({ ok: true, value: { frames: 3, hasOpenSizes: false } });
  });

  it('given something that is not a WAV, then it answers the reader error', () => {
    expect(fixWavSizes(wavFixtures.notRiff)).toEqual({ ok: false, error: { kind: 'not-riff' } });
  });
});

describe('WAV writer and level', () => {
  it('given samples, when written and read back, then the canonical fixture comes out byte for byte', () => {
    expect(encodePcm16Wav(Int16Array.from([0, 1000, -1000, 32_767]), 22_050)).toEqual(wavFixtures.canonicalPcm16);
  });

  it('given silence, then the RMS is 0; given a full-scale square wave, then it is ~1', () => {
    const silence = encodePcm16Wav(new Int16Array(100), 8_000);
    const square = encodePcm16Wav(Int16Array.from({ length: 100 }, (_, i) => (i % 2 ? 32_767 : -32_768)), 8_000);
    const rms = (bytes: Uint8Array) => {
      const info = parseWav(bytes);
      if (!info.ok) throw new Error(info.error.kind);
      return pcmRms(bytes, info.value);
    };
    expect(rms(silence)).toBe(0);
    expect(rms(square)).toBeCloseTo(1, 3);
  });

  it('given 8-bit samples at the midpoint and at the extremes, then 128 is silence and 0/255 are full scale', () => {
    const info = parseWav(wavFixtures.listThenPcm8Stereo);
    if (!info.ok) throw new Error(info.error.kind);
    // samples 128 128 255 0 → 0, 0, ~1, -1
    expect(pcmRms(wavFixtures.listThenPcm8Stereo, info.value)).toBeCloseTo(Math.sqrt(((127 / 128) ** 2 + 1) / 4), 6);
  });
});
