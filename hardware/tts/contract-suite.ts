import { describe, expect, it } from 'vitest';
import { maxSpeechChars, type SpeechClip, type SpeechSynthesizer } from './contract';
import { sampleSentences } from './fixtures/sample-sentences';
import { parseWav } from './wav';

export { sampleSentences };

/** What the suite needs: a synthesizer that speaks ar, en, fr, ur, hi and ml. */
export interface SpeechHarness {
  readonly synthesizer: SpeechSynthesizer;
  close(): Promise<void>;
}

/** A real, well-formed tag that no kiosk engine has a voice for (Klingon). */
export const languageWithoutVoice = 'tlh';

function expectPlayableClip(clip: SpeechClip, language: string): void {
  expect(clip.language).toBe(language);
  const wav = parseWav(clip.audio);
  if (!wav.ok) throw new Error(`clip is not a WAV: ${wav.error.kind}`);
  expect(wav.value.hasOpenSizes).toBe(false);
  expect(wav.value.frames).toBeGreaterThan(0);
  expect(Math.abs(wav.value.durationMs - clip.durationMs)).toBeLessThanOrEqual(1);
}

export function speechSynthesizerContract(name: string, makeHarness: () => Promise<SpeechHarness>): void {
  describe(`speech synthesizer contract: ${name}`, () => {
    const withHarness = (fn: (h: SpeechHarness) => Promise<void>) => async () => {
      const h = await makeHarness();
      try {
        await fn(h);
      } finally {
        await h.close();
      }
    };

    it.each(Object.entries(sampleSentences))(
      'given a sentence in %s, when synthesised, then a playable WAV clip comes back whose duration matches its header',
      (language, text) =>
        withHarness(async (h) => {
          const result = await h.synthesizer.synthesise({ text, language, rate: 1 });
          if (!result.ok) throw new Error(`synthesis failed: ${JSON.stringify(result.error)}`);
          expectPlayableClip(result.value, language);
          expect(h.synthesizer.health()).toEqual({ level: 'ok' });
        })(),
    );

    it(
      'given a regional tag (en-GB, ar-QA), then the language is spoken by its closest voice and echoed as asked',
      withHarness(async (h) => {
        for (const [language, text] of [['en-GB', sampleSentences.en], ['ar-QA', sampleSentences.ar]] as const) {
          const result = await h.synthesizer.synthesise({ text, language, rate: 1 });
          if (!result.ok) throw new Error(`synthesis failed: ${JSON.stringify(result.error)}`);
          expectPlayableClip(result.value, language);
        }
      }),
    );

    it(
      'given the same sentence at 0.5× and at 2×, then the faster clip is shorter',
      withHarness(async (h) => {
        const slow = await h.synthesizer.synthesise({ text: sampleSentences.en, language: 'en', rate: 0.5 });
        const fast = await h.synthesizer.synthesise({ text: sampleSentences.en, language: 'en', rate: 2 });
        if (!slow.ok || !fast.ok) throw new Error('synthesis failed');
        expect(fast.value.durationMs).toBeLessThan(slow.value.durationMs);
      }),
    );

    it(
      'given a language with no voice, then it answers voice-missing naming that language',
      withHarness(async (h) => {
        expect(await h.synthesizer.synthesise({ text: 'Qapla', language: languageWithoutVoice, rate: 1 })).toEqual({
          ok: false,
          error: { kind: 'voice-missing', language: languageWithoutVoice },
        });
      }),
    );

    it(
      'given empty or blank text, then it answers empty-text',
      withHarness(async (h) => {
        for (const text of ['', '  \n\t ']) {
          expect(await h.synthesizer.synthesise({ text, language: 'en', rate: 1 })).toEqual({ ok: false, error: { kind: 'empty-text' } });
        }
      }),
    );

    it(
      'given text longer than one request may carry, then it answers text-too-long',
      withHarness(async (h) => {
        const text = 'a '.repeat(maxSpeechChars);
        expect(await h.synthesizer.synthesise({ text, language: 'en', rate: 1 })).toEqual({ ok: false, error: { kind: 'text-too-long', maxChars: maxSpeechChars } });
      }),
    );

    it(
      'given text that looks like options or shell syntax, then it is only spoken',
      withHarness(async (h) => {
        const result = await h.synthesizer.synthesise({ text: '--help -w /tmp/x $(id) `id`; rm -rf /', language: 'en', rate: 1 });
        if (!result.ok) throw new Error(`synthesis failed: ${JSON.stringify(result.error)}`);
        expectPlayableClip(result.value, 'en');
      }),
    );
  });
}
