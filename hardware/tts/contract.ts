import type { DeviceHealth, Result } from '../result';

/**
 * Seven speech-rate steps from half to double speed, 0.25× apart (EN 301 549 5.1.3 asks for
 * an adjustable rate; ATMs offer a handful of steps on two keys). 1× is the default.
 */
export const rateSteps = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;
export type RateStep = (typeof rateSteps)[number];
export const defaultRate: RateStep = 1;

/** espeak-ng's own default speed (`-s`, words per minute); 1× speaks at this rate. */
export const baseWordsPerMinute = 175;

/** 0.5× → 88 wpm … 2× → 350 wpm; all inside espeak-ng's 80–450 range without sonic. */
export function rateToWordsPerMinute(rate: RateStep): number {
  return Math.round(baseWordsPerMinute * rate);
}

/** The next step up (+1) or down (-1), staying at the ends: the rate keys never wrap. */
export function stepRate(rate: RateStep, direction: 1 | -1): RateStep {
  const index = rateSteps.indexOf(rate);
  const next = Math.min(rateSteps.length - 1, Math.max(0, index + direction));
  return rateSteps[next] ?? defaultRate;
}

export function isRateStep(value: number): value is RateStep {
  return (rateSteps as readonly number[]).includes(value);
}

export interface SpeechRequest {
  readonly text: string;
  /** BCP-47 tag (`ar`, `en-GB`, `ur-PK`…); the engine picks its closest voice. */
  readonly language: string;
  readonly rate: RateStep;
}

export interface SpeechClip {
  /** A complete RIFF/WAVE file (PCM), ready for the renderer to play. */
  readonly audio: Uint8Array;
  readonly durationMs: number;
  /** The language asked for, echoed so the player can label the clip. */
  readonly language: string;
}

/** Longest text one request may carry: a screen description fits, a document does not. */
export const maxSpeechChars = 2_000;

export type TtsError =
  /** No installed voice speaks this language. */
  | { readonly kind: 'voice-missing'; readonly language: string }
  /** The engine itself is not installed (espeak-ng not on PATH). */
  | { readonly kind: 'engine-missing' }
  | { readonly kind: 'empty-text' }
  | { readonly kind: 'text-too-long'; readonly maxChars: number }
  | { readonly kind: 'timeout'; readonly timeoutMs: number }
  /** The engine ran but failed or produced no usable audio. */
  | { readonly kind: 'engine-failed'; readonly detail: string };

/**
 * The text-to-speech device role. Implementations: EspeakNgSynthesizer (Debian's espeak-ng
 * in a child process), SimulatedSynthesizer (records utterances), and ClipCache (wraps
 * either and answers prewarmed prompts from memory or disk). All run the same contract suite.
 */
export interface SpeechSynthesizer {
  synthesise(request: SpeechRequest): Promise<Result<SpeechClip, TtsError>>;
  health(): DeviceHealth;
}
