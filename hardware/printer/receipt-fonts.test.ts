import { mkdtemp, copyFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReceiptFonts, defaultFontsDir, describeFontError } from './receipt-fonts';

describe('checkReceiptFonts', () => {
  it('given the app fonts, when every shipped language is checked, then all load', () => {
    const fonts = checkReceiptFonts(['ar', 'en', 'fr', 'ur', 'hi', 'ml-IN']);
    expect(fonts.ok).toBe(true);
    if (fonts.ok) expect(fonts.value.familyFor('ur')).toBe('"Kiosk NotoNastaliqUrdu", "Kiosk NotoSans"');
  });

  it('given a fonts folder without the Urdu face, when ur is enabled, then it fails at start naming the locale and the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fonts-'));
    for (const file of ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf', 'NotoNaskhArabic-Regular.ttf', 'NotoNaskhArabic-Bold.ttf']) await copyFile(join(defaultFontsDir, file), join(dir, file));
    const result = checkReceiptFonts(['ar', 'ur'], dir);
    expect(result).toEqual({ ok: false, error: { kind: 'font-missing', language: 'ur', file: join(dir, 'NotoNastaliqUrdu-Regular.ttf') } });
    if (!result.ok) expect(describeFontError(result.error)).toMatch(/locale "ur" is missing/);
    await rm(dir, { recursive: true });
  });

  it('given a language the app has no receipt font for, then it is refused with that locale', () => {
    expect(checkReceiptFonts(['en', 'zh'])).toEqual({ ok: false, error: { kind: 'no-font-for-language', language: 'zh' } });
  });
});
