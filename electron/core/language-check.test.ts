import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultLocalesDir } from '../../locales/locale-fonts';
import { checkLanguages, describeLanguageError } from './language-check';

let copy: string | undefined;
afterEach(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
  copy = undefined;
});

/** The shipped locales, copied so one can be broken. */
function copiedLocales(): string {
  copy = mkdtempSync(join(tmpdir(), 'locales-'));
  cpSync(defaultLocalesDir, copy, { recursive: true });
  return copy;
}

describe('the languages a kiosk is configured with, checked at start', () => {
  it('given the six shipped languages, then each has its folder and its screen font', () => {
    expect(checkLanguages(['ar', 'en', 'fr', 'ur', 'hi', 'ml'])).toEqual({ ok: true, value: undefined });
  });

  it('given a language with no folder, then the start is refused naming it', () => {
    const result = checkLanguages(['ar', 'bn']);
    expect(result).toMatchObject({ ok: false, error: { kind: 'no-locale-folder', language: 'bn' } });
    if (!result.ok) expect(describeLanguageError(result.error)).toMatch(/^locale "bn" is configured but has no folder: /);
  });

  it('given the Urdu font file gone, then the start is refused naming the locale and the file', () => {
    const dir = copiedLocales();
    rmSync(join(dir, 'fonts', 'NotoNastaliqUrdu-Bold.ttf'));
    const result = checkLanguages(['ar', 'ur'], dir);
    expect(result).toEqual({ ok: false, error: { kind: 'font-missing', language: 'ur', file: join(dir, 'fonts', 'NotoNastaliqUrdu-Bold.ttf') } });
    if (!result.ok) expect(describeLanguageError(result.error)).toBe(`screen font for locale "ur" is missing: ${join(dir, 'fonts', 'NotoNastaliqUrdu-Bold.ttf')}`);
  });

  it('given a folder that names no font, then the start is refused pointing at its locale.json', () => {
    const dir = copiedLocales();
    writeFileSync(join(dir, 'hi', 'locale.json'), '{}');
    expect(checkLanguages(['hi'], dir)).toEqual({ ok: false, error: { kind: 'no-font-declared', language: 'hi', file: join(dir, 'hi', 'locale.json') } });
  });
});
