// The kiosk's static prompts (titles, messages, help, key help) in all six languages, rendered
// by the real espeak-ng through the clip cache the kiosk uses: none may fail, the second start
// loads them from disk, and the figures (count, time, bytes) are written for people to read.
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ClipCache } from '../../hardware/tts/clip-cache';
import { EspeakNgSynthesizer } from '../../hardware/tts/espeak-ng-synthesizer';
import { readLocaleResources } from '../../electron/core/locales';
import { staticPrompts } from '../../electron/speech/static-prompts';

const languages = ['ar', 'en', 'fr', 'ur', 'hi', 'ml'];
const folder = mkdtempSync(join(tmpdir(), 'kiosk-speech-clips-'));

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('static prompts prewarmed by espeak-ng', () => {
  it('given all six languages, when prewarmed twice over one folder, then every prompt renders and the second start reads them all from disk', async () => {
    const engine = await EspeakNgSynthesizer.open();
    // a missing engine fails here, in CI and on a kiosk machine alike (test/setup-system.sh installs it)
    expect(engine.health(), 'espeak-ng is missing: run test/setup-system.sh').toEqual({ level: 'ok' });
    const prompts = staticPrompts(readLocaleResources(languages), languages).map((prompt) => ({ ...prompt, rate: 1 as const }));

    const first = new ClipCache({ engine, folder, engineTag: 'espeak-ng test' });
    const startedAt = performance.now();
    const rendered = await first.prewarm(prompts);
    const renderMs = performance.now() - startedAt;
    expect(rendered.failed).toEqual([]);
    expect(rendered.rendered).toBe(prompts.length);

    const second = new ClipCache({ engine, folder, engineTag: 'espeak-ng test' });
    const loadedAt = performance.now();
    const loaded = await second.prewarm(prompts);
    const loadMs = performance.now() - loadedAt;
    expect(loaded.fromDisk).toBe(prompts.length);

    let bytes = 0;
    for (const prompt of prompts) {
      const clip = await second.synthesise(prompt);
      if (clip.ok) bytes += clip.value.audio.byteLength;
    }
    const perLanguage = Object.fromEntries(languages.map((language) => [language, prompts.filter((p) => p.language === language).length]));
    await mkdir('test/artifacts', { recursive: true });
    await writeFile('test/artifacts/speech-prewarm.json', `${JSON.stringify({ prompts: prompts.length, perLanguage, renderMs: Math.round(renderMs), loadFromDiskMs: Math.round(loadMs), megabytes: Math.round(bytes / 1e5) / 10 }, null, 2)}\n`);
  });
});
