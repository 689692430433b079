import { describe, expect, it } from 'vitest';
import { sampleSentences, speechSynthesizerContract } from './contract-suite';
import { SimulatedSynthesizer } from './simulated-synthesizer';
import { parseWav } from './wav';
import { pcmRms } from './pcm-level';

speechSynthesizerContract('simulator', async () => ({ synthesizer: new SimulatedSynthesizer(), close: async () => {} }));

describe('simulated synthesizer', () => {
  it('given three requests, then it records each utterance with its language and rate, in order', async () => {
    const tts = new SimulatedSynthesizer();
    await tts.synthesise({ text: 'Insert your card', language: 'en', rate: 1 });
    await tts.synthesise({ text: sampleSentences.ar, language: 'ar', rate: 1.5 });
    await tts.synthesise({ text: '', language: 'en', rate: 1 });
    expect(tts.utterances).toEqual([
      { text: 'Insert your card', language: 'en', rate: 1 },
      { text: sampleSentences.ar, language: 'ar', rate: 1.5 },
    ]);
    tts.clearUtterances();
    expect(tts.utterances).toEqual([]);
  });

  it('given four words at 1×, then the clip lasts as long as espeak-ng takes at 175 wpm and is not silent', async () => {
    const result = await new SimulatedSynthesizer().synthesise({ text: 'Press enter to continue', language: 'en', rate: 1 });
    if (!result.ok) throw new Error(result.error.kind);
    expect(result.value.durationMs).toBe(1371);
    const wav = parseWav(result.value.audio);
    if (!wav.ok) throw new Error(wav.error.kind);
    expect(pcmRms(result.value.audio, wav.value)).toBeGreaterThan(0.05);
  });

  it('given a scripted failure, then the next request answers it once and is not recorded', async () => {
    const tts = new SimulatedSynthesizer();
    tts.failNext({ kind: 'timeout', timeoutMs: 5_000 });
    expect(await tts.synthesise({ text: 'one', language: 'en', rate: 1 })).toEqual({ ok: false, error: { kind: 'timeout', timeoutMs: 5_000 } });
    expect((await tts.synthesise({ text: 'two', language: 'en', rate: 1 })).ok).toBe(true);
    expect(tts.utterances.map((u) => u.text)).toEqual(['two']);
  });

  it('given it was built with English only, then Arabic answers voice-missing', async () => {
    const tts = new SimulatedSynthesizer({ languages: ['en'] });
    expect(await tts.synthesise({ text: sampleSentences.ar, language: 'ar', rate: 1 })).toEqual({ ok: false, error: { kind: 'voice-missing', language: 'ar' } });
  });
});
