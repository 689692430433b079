import { describe, expect, it } from 'vitest';
import { err, ok, type Result } from '../result';
import { EspeakNgSynthesizer } from './espeak-ng-synthesizer';
import { espeakVoicesOutput } from './fixtures/espeak-voices-output';
import { wavFixtures } from './fixtures/wav-bytes';
import type { ProcessError, ProcessOutput, ProcessRunner, RunOptions } from './process-runner';
import { parseWav } from './wav';

interface Call {
  readonly command: string;
  readonly args: readonly string[];
  readonly options: RunOptions;
}

/** Answers `--voices` from the fixture and every synthesis with the given answer. */
function fakeEspeak(answer: Result<ProcessOutput, ProcessError>): { run: ProcessRunner; calls: Call[] } {
  const calls: Call[] = [];
  const run: ProcessRunner = async (command, args, options) => {
    calls.push({ command, args, options });
    if (args[0] === '--voices') return ok({ stdout: new TextEncoder().encode(espeakVoicesOutput), stderr: '', exitCode: 0, signal: null });
    return answer;
  };
  return { run, calls };
}

const spoke = (stdout: Uint8Array, stderr = '', exitCode = 0): Result<ProcessOutput, ProcessError> => ok({ stdout, stderr, exitCode, signal: null });

describe('espeak-ng synthesizer, with the program answered by a fake', () => {
  it('given an English request at 2×, then espeak-ng runs without a shell with voice en-gb, 350 wpm, and the text on stdin only', async () => {
    const fake = fakeEspeak(spoke(wavFixtures.espeakPipeHeader));
    const tts = await EspeakNgSynthesizer.open({ run: fake.run, timeoutMs: 3_000 });
    await tts.synthesise({ text: '-w /tmp/evil', language: 'en', rate: 2 });
    expect(fake.calls[1]).toEqual({
      command: 'espeak-ng',
      args: ['--stdout', '-b', '1', '-v', 'en-gb', '-s', '350', '--stdin'],
      options: { input: '-w /tmp/evil', timeoutMs: 3_000, maxOutputBytes: 16 * 1024 * 1024 },
    });
  });

  it("given espeak-ng's open-sized WAV, then the clip has true sizes and its duration in whole ms", async () => {
    const tts = await EspeakNgSynthesizer.open({ run: fakeEspeak(spoke(wavFixtures.espeakPipeHalfFrame)).run });
    const result = await tts.synthesise({ text: 'hello', language: 'en-GB', rate: 1 });
    if (!result.ok) throw new Error(result.error.kind);
    expect(result.value.language).toBe('en-GB');
    expect(result.value.durationMs).toBe(0);
    expect(parseWav(result.value.audio)).toMatchObject({ ok: true, value: { frames: 3, hasOpenSizes: false } });
    expect(tts.health()).toEqual({ level: 'ok' });
  });

  it('given a language with no installed voice, then it answers voice-missing naming it, without running espeak-ng', async () => {
    const fake = fakeEspeak(spoke(wavFixtures.canonicalPcm16));
    const tts = await EspeakNgSynthesizer.open({ run: fake.run });
    expect(await tts.synthesise({ text: 'nuqneH', language: 'tlh', rate: 1 })).toEqual({ ok: false, error: { kind: 'voice-missing', language: 'tlh' } });
    expect(fake.calls).toHaveLength(1);
    expect(tts.health()).toEqual({ level: 'ok' });
  });

  it('given espeak-ng itself refuses the voice, then that too is voice-missing', async () => {
    const tts = await EspeakNgSynthesizer.open({ run: fakeEspeak(spoke(new Uint8Array(0), 'Error: The specified espeak-ng voice does not exist.\n', 1)).run });
    expect(await tts.synthesise({ text: 'hello', language: 'en', rate: 1 })).toEqual({ ok: false, error: { kind: 'voice-missing', language: 'en' } });
  });

  it('given espeak-ng is not installed, then synthesis answers engine-missing and health is failed', async () => {
    const run: ProcessRunner = async (command) => err({ kind: 'not-found', command });
    const tts = await EspeakNgSynthesizer.open({ run });
    expect(tts.health()).toEqual({ level: 'failed', reason: 'espeak-ng not installed' });
    expect(await tts.synthesise({ text: 'hello', language: 'en', rate: 1 })).toEqual({ ok: false, error: { kind: 'engine-missing' } });
    expect(await tts.supportedLanguages(['en', 'ar'])).toEqual([]);
  });

  it('given espeak-ng overstays, then it answers timeout and health is degraded until a clip comes back', async () => {
    let answer: Result<ProcessOutput, ProcessError> = err({ kind: 'timeout', timeoutMs: 5_000 });
    const run: ProcessRunner = async (command, args) =>
      args[0] === '--voices' ? ok({ stdout: new TextEncoder().encode(espeakVoicesOutput), stderr: '', exitCode: 0, signal: null }) : answer;
    const tts = await EspeakNgSynthesizer.open({ run });
    expect(await tts.synthesise({ text: 'hello', language: 'en', rate: 1 })).toEqual({ ok: false, error: { kind: 'timeout', timeoutMs: 5_000 } });
    expect(tts.health()).toEqual({ level: 'degraded', reason: 'espeak-ng timed out' });
    answer = spoke(wavFixtures.canonicalPcm16);
    expect((await tts.synthesise({ text: 'hello', language: 'en', rate: 1 })).ok).toBe(true);
    expect(tts.health()).toEqual({ level: 'ok' });
  });

  it.each([
    ['a crash', spoke(new Uint8Array(0), 'Segmentation fault', 139), 'espeak-ng exited with 139'],
    ['bytes that are not a WAV', spoke(wavFixtures.notRiff), 'audio unreadable: not-riff'],
    ['a WAV with no samples', spoke(wavFixtures.canonicalPcm16.slice(0, 44)), 'no audio produced'],
    ['too much audio', err<ProcessError>({ kind: 'output-too-large', maxBytes: 100 }), 'audio over 100 bytes'],
    ['a spawn failure', err<ProcessError>({ kind: 'spawn-failed', code: 'EACCES' }), 'could not start espeak-ng (EACCES)'],
  ])('given %s, then it answers engine-failed with the detail and health is degraded', async (_name, answer, detail) => {
    const tts = await EspeakNgSynthesizer.open({ run: fakeEspeak(answer).run });
    expect(await tts.synthesise({ text: 'hello', language: 'en', rate: 1 })).toEqual({ ok: false, error: { kind: 'engine-failed', detail } });
    expect(tts.health()).toEqual({ level: 'degraded', reason: detail });
  });

  it('given many first requests at once, then the voice list is read once', async () => {
    const fake = fakeEspeak(spoke(wavFixtures.canonicalPcm16));
    const tts = new EspeakNgSynthesizer({ run: fake.run });
    await Promise.all(['a', 'b', 'c'].map((text) => tts.synthesise({ text, language: 'en', rate: 1 })));
    expect(fake.calls.filter((call) => call.args[0] === '--voices')).toHaveLength(1);
  });

  it('given the voice list, then it says which kiosk languages have a voice', async () => {
    const tts = new EspeakNgSynthesizer({ run: fakeEspeak(spoke(wavFixtures.canonicalPcm16)).run });
    expect(tts.health()).toEqual({ level: 'degraded', reason: 'espeak-ng not checked yet' });
    expect(await tts.supportedLanguages(['ar', 'en', 'fr', 'ur', 'hi', 'ml', 'tlh'])).toEqual(['ar', 'en', 'fr', 'ur', 'hi', 'ml']);
  });
});
