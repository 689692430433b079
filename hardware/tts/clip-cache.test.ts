import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ClipCache } from './clip-cache';
import type { SpeechRequest } from './contract';
import { sampleSentences, speechSynthesizerContract } from './contract-suite';
import { SimulatedSynthesizer } from './simulated-synthesizer';

const prompts: SpeechRequest[] = Object.entries(sampleSentences).map(([language, text]) => ({ text, language, rate: 1 }));

speechSynthesizerContract('clip cache over the simulator, cold', async () => ({ synthesizer: new ClipCache({ engine: new SimulatedSynthesizer() }), close: async () => {} }));

speechSynthesizerContract('clip cache over the simulator, prewarmed', async () => {
  const cache = new ClipCache({ engine: new SimulatedSynthesizer() });
  await cache.prewarm(prompts);
  return { synthesizer: cache, close: async () => {} };
});

describe('clip cache', () => {
  const folders: string[] = [];
  const newFolder = async () => {
    const folder = await mkdtemp(join(tmpdir(), 'kiosk-clips-'));
    folders.push(folder);
    return folder;
  };
  afterEach(async () => {
    await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
  });

  it('given prewarmed prompts, when a screen speaks them, then the engine is not asked again and the same clip comes back', async () => {
    const engine = new SimulatedSynthesizer();
    const cache = new ClipCache({ engine });
    expect(await cache.prewarm(prompts)).toEqual({ rendered: 6, fromDisk: 0, alreadyCached: 0, failed: [], diskErrors: 0 });
    const first = await engine.synthesise(prompts[0] as SpeechRequest);
    engine.clearUtterances();
    const spoken = await cache.synthesise(prompts[0] as SpeechRequest);
    expect(spoken).toEqual(first);
    expect(engine.utterances).toEqual([]);
  });

  it('given text that was not prewarmed (a name, an amount), then it is synthesised on demand and never kept', async () => {
    const engine = new SimulatedSynthesizer();
    const cache = new ClipCache({ engine });
    const personal = { text: 'Fine of 500 riyals for Ahmed', language: 'en', rate: 1 } as const;
    expect((await cache.synthesise(personal)).ok).toBe(true);
    expect(engine.utterances).toHaveLength(1);
    expect(cache.has(personal)).toBe(false);
    expect(cache.size).toBe(0);
  });

  it('given the same text at another rate or in another language, then it is a different entry', async () => {
    const cache = new ClipCache({ engine: new SimulatedSynthesizer() });
    await cache.prewarm([{ text: 'Help', language: 'en', rate: 1 }]);
    expect(cache.has({ text: 'Help', language: 'en', rate: 1 })).toBe(true);
    expect(cache.has({ text: 'Help', language: 'EN', rate: 1 })).toBe(true);
    expect(cache.has({ text: 'Help', language: 'en', rate: 1.5 })).toBe(false);
    expect(cache.has({ text: 'Help', language: 'fr', rate: 1 })).toBe(false);
  });

  it('given a prompt listed twice or already cached, then it is rendered once', async () => {
    const engine = new SimulatedSynthesizer();
    const cache = new ClipCache({ engine });
    const twice = [prompts[1], prompts[1]] as SpeechRequest[];
    expect(await cache.prewarm(twice)).toMatchObject({ rendered: 1, alreadyCached: 1 });
    expect(await cache.prewarm(twice)).toMatchObject({ rendered: 0, alreadyCached: 2 });
    expect(engine.utterances).toHaveLength(1);
  });

  it('given a folder, when a new cache prewarms after a restart, then every clip comes from disk and file names reveal no text', async () => {
    const folder = await newFolder();
    await new ClipCache({ engine: new SimulatedSynthesizer(), folder, engineTag: 'sim 1' }).prewarm(prompts);
    const engine = new SimulatedSynthesizer();
    const restarted = new ClipCache({ engine, folder, engineTag: 'sim 1' });
    expect(await restarted.prewarm(prompts)).toEqual({ rendered: 0, fromDisk: 6, alreadyCached: 0, failed: [], diskErrors: 0 });
    expect(engine.utterances).toEqual([]);
    expect((await restarted.synthesise(prompts[2] as SpeechRequest)).ok).toBe(true);
    const files = await readdir(folder);
    expect(files).toHaveLength(6);
    for (const file of files) expect(file).toMatch(/^[0-9a-f]{64}\.wav$/);
  });

  it('given another engine tag, then clips on disk are not reused', async () => {
    const folder = await newFolder();
    await new ClipCache({ engine: new SimulatedSynthesizer(), folder, engineTag: 'espeak-ng 1.51' }).prewarm(prompts);
    expect(await new ClipCache({ engine: new SimulatedSynthesizer(), folder, engineTag: 'espeak-ng 1.52' }).prewarm(prompts)).toMatchObject({ rendered: 6, fromDisk: 0 });
  });

  it('given a damaged clip on disk, then it is rendered again and the file repaired', async () => {
    const folder = await newFolder();
    await new ClipCache({ engine: new SimulatedSynthesizer(), folder }).prewarm(prompts.slice(0, 1));
    const [file] = await readdir(folder);
    await writeFile(join(folder, file as string), 'not a wav');
    expect(await new ClipCache({ engine: new SimulatedSynthesizer(), folder }).prewarm(prompts.slice(0, 1))).toMatchObject({ rendered: 1, fromDisk: 0, diskErrors: 0 });
    expect(await new ClipCache({ engine: new SimulatedSynthesizer(), folder }).prewarm(prompts.slice(0, 1))).toMatchObject({ rendered: 0, fromDisk: 1 });
  });

  it('given a folder that cannot be created, then clips are still cached in memory and the disk errors counted', async () => {
    const parent = await newFolder();
    const blocked = join(parent, 'a-file');
    await writeFile(blocked, 'x');
    const cache = new ClipCache({ engine: new SimulatedSynthesizer(), folder: join(blocked, 'clips') });
    expect(await cache.prewarm(prompts.slice(0, 2))).toMatchObject({ rendered: 2, diskErrors: 4 });
    expect(cache.has(prompts[0] as SpeechRequest)).toBe(true);
  });

  it('given the engine fails for one prompt, then the report names its language and the rest are cached', async () => {
    const engine = new SimulatedSynthesizer({ languages: ['ar', 'en', 'fr', 'ur', 'hi'] });
    const cache = new ClipCache({ engine, concurrency: 1 });
    const report = await cache.prewarm(prompts);
    expect(report).toMatchObject({ rendered: 5, failed: [{ language: 'ml', error: { kind: 'voice-missing', language: 'ml' } }] });
    expect(cache.size).toBe(5);
  });

  it('given the engine health, then the cache reports the same', () => {
    const engine = new SimulatedSynthesizer();
    engine.setHealth({ level: 'failed', reason: 'espeak-ng not installed' });
    expect(new ClipCache({ engine }).health()).toEqual({ level: 'failed', reason: 'espeak-ng not installed' });
  });
});
