// The real speech engine: Debian's espeak-ng in a child process, one process per utterance
// (~15 ms for a sentence here). It only translates: request → arguments, exit/stdout → Result.
import { err, ok, type DeviceHealth, type Result } from '../result';
import { maxSpeechChars, rateToWordsPerMinute, type SpeechClip, type SpeechRequest, type SpeechSynthesizer, type TtsError } from './contract';
import { parseEspeakVoices, resolveVoice, type EspeakVoice } from './espeak-voices';
import { runProcess, type ProcessError, type ProcessRunner } from './process-runner';
import { fixWavSizes, parseWav } from './wav';

export interface EspeakNgOptions {
  /** Program to run; `espeak-ng` from PATH unless told. */
  readonly command?: string;
  /** Per utterance; a stuck engine must not hold the screen's speech forever. */
  readonly timeoutMs?: number;
  /** A cap on the WAV size (22 050 Hz × 16 bit ≈ 44 kB per second of speech). */
  readonly maxAudioBytes?: number;
  readonly run?: ProcessRunner;
}

const defaults = { command: 'espeak-ng', timeoutMs: 5_000, maxAudioBytes: 16 * 1024 * 1024 };
const voiceListTimeoutMs = 10_000;

export class EspeakNgSynthesizer implements SpeechSynthesizer {
  private voices: readonly EspeakVoice[] | undefined;
  private voicesLoading: Promise<Result<readonly EspeakVoice[], TtsError>> | undefined;
  private currentHealth: DeviceHealth = { level: 'degraded', reason: 'espeak-ng not checked yet' };
  private readonly command: string;
  private readonly timeoutMs: number;
  private readonly maxAudioBytes: number;
  private readonly run: ProcessRunner;

  constructor(options: EspeakNgOptions = {}) {
    this.command = options.command ?? defaults.command;
    this.timeoutMs = options.timeoutMs ?? defaults.timeoutMs;
    this.maxAudioBytes = options.maxAudioBytes ?? defaults.maxAudioBytes;
    this.run = options.run ?? runProcess;
  }

  /** Creates the synthesizer and reads the installed voices, so health is known at start. */
  static async open(options: EspeakNgOptions = {}): Promise<EspeakNgSynthesizer> {
    const synthesizer = new EspeakNgSynthesizer(options);
    await synthesizer.loadVoices();
    return synthesizer;
  }

  health(): DeviceHealth {
    return this.currentHealth;
  }

  /** Language tags with an installed voice, among those asked about (for a start-up check). */
  async supportedLanguages(languages: readonly string[]): Promise<string[]> {
    const voices = await this.loadVoices();
    return voices.ok ? languages.filter((language) => resolveVoice(voices.value, language) !== undefined) : [];
  }

  async synthesise(request: SpeechRequest): Promise<Result<SpeechClip, TtsError>> {
    if (request.text.trim() === '') return err({ kind: 'empty-text' });
    if (request.text.length > maxSpeechChars) return err({ kind: 'text-too-long', maxChars: maxSpeechChars });
    const voices = await this.loadVoices();
    if (!voices.ok) return voices;
    const voice = resolveVoice(voices.value, request.language);
    if (!voice) return err({ kind: 'voice-missing', language: request.language });

    // text goes in on stdin: it can never be taken for an option, whatever it starts with
    const args = ['--stdout', '-b', '1', '-v', voice, '-s', String(rateToWordsPerMinute(request.rate)), '--stdin'];
    const ran = await this.run(this.command, args, { input: request.text, timeoutMs: this.timeoutMs, maxOutputBytes: this.maxAudioBytes });
    if (!ran.ok) return this.fail(this.fromProcessError(ran.error));
    const { exitCode, stderr, stdout } = ran.value;
    if (exitCode !== 0) {
      if (/voice does not exist/i.test(stderr)) return err({ kind: 'voice-missing', language: request.language });
      return this.fail({ kind: 'engine-failed', detail: `espeak-ng exited with ${exitCode ?? ran.value.signal}` });
    }
    const fixed = fixWavSizes(stdout);
    if (!fixed.ok) return this.fail({ kind: 'engine-failed', detail: `audio unreadable: ${fixed.error.kind}` });
    const info = parseWav(fixed.value);
    if (!info.ok || info.value.frames === 0) return this.fail({ kind: 'engine-failed', detail: 'no audio produced' });
    this.currentHealth = { level: 'ok' };
    return ok({ audio: fixed.value, durationMs: Math.round(info.value.durationMs), language: request.language });
  }

  /** The voice list is read once (prewarm asks many times at once); after a failure it is tried again next time. */
  private async loadVoices(): Promise<Result<readonly EspeakVoice[], TtsError>> {
    if (this.voices) return ok(this.voices);
    this.voicesLoading ??= this.readVoices().finally(() => {
      this.voicesLoading = undefined;
    });
    return this.voicesLoading;
  }

  private async readVoices(): Promise<Result<readonly EspeakVoice[], TtsError>> {
    const ran = await this.run(this.command, ['--voices'], { timeoutMs: voiceListTimeoutMs, maxOutputBytes: 1024 * 1024 });
    if (!ran.ok) return this.fail(this.fromProcessError(ran.error));
    const voices = parseEspeakVoices(Buffer.from(ran.value.stdout).toString('utf8'));
    if (ran.value.exitCode !== 0 || voices.length === 0) return this.fail({ kind: 'engine-failed', detail: 'espeak-ng lists no voices' });
    this.voices = voices;
    this.currentHealth = { level: 'ok' };
    return ok(voices);
  }

  private fromProcessError(error: ProcessError): TtsError {
    switch (error.kind) {
      case 'not-found':
        return { kind: 'engine-missing' };
      case 'timeout':
        return { kind: 'timeout', timeoutMs: error.timeoutMs };
      case 'output-too-large':
        return { kind: 'engine-failed', detail: `audio over ${error.maxBytes} bytes` };
      case 'spawn-failed':
        return { kind: 'engine-failed', detail: `could not start espeak-ng (${error.code})` };
    }
  }

  /** Health follows the engine, not the request: a missing voice or bad text leaves it alone. */
  private fail(error: TtsError): Result<never, TtsError> {
    if (error.kind === 'engine-missing') this.currentHealth = { level: 'failed', reason: 'espeak-ng not installed' };
    else if (error.kind === 'timeout') this.currentHealth = { level: 'degraded', reason: 'espeak-ng timed out' };
    else if (error.kind === 'engine-failed') this.currentHealth = { level: 'degraded', reason: error.detail };
    return err(error);
  }
}
