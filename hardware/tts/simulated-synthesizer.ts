// A speech engine for tests and the dev panel: it writes down what it was asked to say and
// hands back a small, valid WAV whose length follows the words and the rate, like speech does.
import { err, ok, type DeviceHealth, type Result } from '../result';
import { baseWordsPerMinute, maxSpeechChars, type RateStep, type SpeechClip, type SpeechRequest, type SpeechSynthesizer, type TtsError } from './contract';
import { encodePcm16Wav } from './wav-encode';

export interface Utterance {
  readonly text: string;
  readonly language: string;
  readonly rate: RateStep;
}

export interface SimulatedSynthesizerOptions {
  /** Primary language subtags with a "voice"; anything else answers voice-missing. */
  readonly languages?: readonly string[];
}

export const simulatedLanguages = ['ar', 'en', 'fr', 'ur', 'hi', 'ml'] as const;

// 8 kHz keeps clips small and is still a rate every browser's audio decoder accepts
const sampleRate = 8_000;
const maxClipMs = 15_000;

export class SimulatedSynthesizer implements SpeechSynthesizer {
  private readonly spoken: Utterance[] = [];
  private readonly languages: ReadonlySet<string>;
  private readonly scriptedFailures: TtsError[] = [];
  private currentHealth: DeviceHealth = { level: 'ok' };

  constructor(options: SimulatedSynthesizerOptions = {}) {
    this.languages = new Set(options.languages ?? simulatedLanguages);
  }

  /** Every request that produced a clip, in order. */
  get utterances(): readonly Utterance[] {
    return this.spoken;
  }

  clearUtterances(): void {
    this.spoken.length = 0;
  }

  /** The next synthesis answers this error (once), as the engine would when it breaks. */
  failNext(error: TtsError): void {
    this.scriptedFailures.push(error);
  }

  setHealth(health: DeviceHealth): void {
    this.currentHealth = health;
  }

  health(): DeviceHealth {
    return this.currentHealth;
  }

  async synthesise(request: SpeechRequest): Promise<Result<SpeechClip, TtsError>> {
    if (request.text.trim() === '') return err({ kind: 'empty-text' });
    if (request.text.length > maxSpeechChars) return err({ kind: 'text-too-long', maxChars: maxSpeechChars });
    const primary = request.language.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (!this.languages.has(primary)) return err({ kind: 'voice-missing', language: request.language });
    const scripted = this.scriptedFailures.shift();
    if (scripted) return err(scripted);

    this.spoken.push({ text: request.text, language: request.language, rate: request.rate });
    const words = Math.max(1, request.text.trim().split(/\s+/).length);
    const durationMs = Math.min(maxClipMs, Math.round((words * 60_000) / (baseWordsPerMinute * request.rate)));
    return ok({ audio: quietTone(durationMs), durationMs, language: request.language });
  }
}

/** A soft 500 Hz square wave: audible in a dev build, obviously not silence to a level check. */
function quietTone(durationMs: number): Uint8Array {
  const frames = Math.round((durationMs * sampleRate) / 1000);
  const samples = Int16Array.from({ length: frames }, (_, i) => (Math.floor(i / 8) % 2 ? 2_000 : -2_000));
  return encodePcm16Wav(samples, sampleRate);
}
