// The app's own receipt fonts (locales/fonts, OFL), loaded by file path and checked at start
// so a missing face fails with the locale named instead of on the first receipt. Which face a
// language uses is its own folder's say (locales/<lang>/locale.json), as on screen.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GlobalFonts } from '@napi-rs/canvas';
import { declaredFace, defaultLocalesDir, latinFace } from '../../locales/locale-fonts';
import type { Result } from '../result';
import { err, ok } from '../result';

export const defaultFontsDir = fileURLToPath(new URL('../../locales/fonts/', import.meta.url));

/** The Latin face is always loaded too: references, amounts and kiosk ids are Latin. */
const LATIN_FACE = latinFace;
/** Every language the app ships a folder (and so a font) for. */
export const receiptLanguages = readdirSync(defaultLocalesDir).filter((name) => declaredFace(name) !== undefined);

export type ReceiptFontError =
  | { readonly kind: 'no-font-for-language'; readonly language: string }
  | { readonly kind: 'font-missing'; readonly language: string; readonly file: string }
  | { readonly kind: 'font-unreadable'; readonly language: string; readonly file: string };

export interface ReceiptFonts {
  /**
   * A CSS font-family list: the language's face, then the app's Latin face; Latin first for
   * references and amounts, so their digits match whatever script surrounds them.
   */
  familyFor(language: string, isLatinFirst?: boolean): string;
}

export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? tag;
}

// Aliases keep our files apart from the system's own Noto install, which skia also sees.
const alias = (face: string): string => `Kiosk ${face}`;
const registered = new Map<string, string>();

function register(fontsDir: string, face: string, language: string): ReceiptFontError | undefined {
  for (const weight of ['Regular', 'Bold']) {
    const file = join(fontsDir, `${face}-${weight}.ttf`);
    if (registered.get(file) === face) continue;
    if (!existsSync(file)) return { kind: 'font-missing', language, file };
    if (GlobalFonts.registerFromPath(file, alias(face)) === null) return { kind: 'font-unreadable', language, file };
    registered.set(file, face);
  }
  return undefined;
}

export function checkReceiptFonts(languages: readonly string[], fontsDir: string = defaultFontsDir, localesDir: string = defaultLocalesDir): Result<ReceiptFonts, ReceiptFontError> {
  const latinError = register(fontsDir, LATIN_FACE, 'en');
  const facesByLanguage = new Map(languages.map((language) => [primaryLanguage(language), declaredFace(language, localesDir)]));
  for (const language of languages.map(primaryLanguage)) {
    const face = facesByLanguage.get(language);
    if (face === undefined) return err({ kind: 'no-font-for-language', language });
    const failure = latinError ? { ...latinError, language } : register(fontsDir, face, language);
    if (failure) return err(failure);
  }
  const loaded = new Set(languages.map(primaryLanguage));
  return ok({
    familyFor(language, isLatinFirst = false) {
      const primary = primaryLanguage(language);
      const face = loaded.has(primary) ? facesByLanguage.get(primary) : undefined;
      const latin = `"${alias(LATIN_FACE)}"`;
      if (face === undefined || face === LATIN_FACE) return latin;
      return isLatinFirst ? `${latin}, "${alias(face)}"` : `"${alias(face)}", ${latin}`;
    },
  });
}

/** One line for a person reading the start-up log or the technician screen. */
export function describeFontError(error: ReceiptFontError): string {
  switch (error.kind) {
    case 'no-font-for-language':
      return `no receipt font is defined for locale "${error.language}"`;
    case 'font-missing':
      return `receipt font for locale "${error.language}" is missing: ${error.file}`;
    case 'font-unreadable':
      return `receipt font for locale "${error.language}" cannot be loaded: ${error.file}`;
  }
}
