// The app's own fonts (locales/fonts, OFL) embedded in the certificate HTML as data URLs, so
// Chromium and Electron draw the same glyphs whatever the machine has installed.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Result } from '../../hardware/result';
import { err, ok } from '../../hardware/result';
import type { DocumentLanguage } from './certificate-data';

export const documentFontsDir = resolve(import.meta.dirname, '../../locales/fonts');

/** Family names of our own, so no system font of the same name is picked instead. */
const faces = [
  { family: 'Kiosk Document Naskh', file: 'NotoNaskhArabic' },
  { family: 'Kiosk Document Sans', file: 'NotoSans' },
] as const;

export interface DocumentFonts {
  /** @font-face rules for every face and weight. */
  readonly css: string;
  /** The font-family list for a document language; Latin face second for codes and numbers. */
  familyFor(language: DocumentLanguage): string;
}

export type DocumentFontError = { readonly kind: 'font-missing'; readonly file: string };

const cache = new Map<string, DocumentFonts>();

export function loadDocumentFonts(dir: string = documentFontsDir): Result<DocumentFonts, DocumentFontError> {
  const cached = cache.get(dir);
  if (cached) return ok(cached);
  const rules: string[] = [];
  for (const face of faces) {
    for (const [weight, suffix] of [[400, 'Regular'], [700, 'Bold']] as const) {
      const file = join(dir, `${face.file}-${suffix}.ttf`);
      let data: Buffer;
      try {
        data = readFileSync(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        return err({ kind: 'font-missing', file });
      }
      rules.push(`@font-face { font-family: "${face.family}"; font-weight: ${weight}; src: url(data:font/ttf;base64,${data.toString('base64')}) format("truetype"); }`);
    }
  }
  const fonts: DocumentFonts = {
    css: rules.join('\n'),
    familyFor: (language) => (language === 'ar' ? `"${faces[0].family}", "${faces[1].family}"` : `"${faces[1].family}", "${faces[0].family}"`),
  };
  cache.set(dir, fonts);
  return ok(fonts);
}
