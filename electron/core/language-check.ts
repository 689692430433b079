// At start, every language the config offers must have its folder under locales/ and the
// font its screens are drawn in: a missing one stops the start with the locale named (as the
// receipt fonts do) instead of showing a screen of fallback text or system-font boxes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { declaredFace, defaultLocalesDir, fontFiles, latinFace, primaryLanguage } from '../../locales/locale-fonts';
import { err, ok, type Result } from '../../hardware/result';

export type LanguageError =
  | { readonly kind: 'no-locale-folder'; readonly language: string; readonly folder: string }
  | { readonly kind: 'no-font-declared'; readonly language: string; readonly file: string }
  | { readonly kind: 'font-missing'; readonly language: string; readonly file: string };

export function checkLanguages(languages: readonly string[], localesDir: string = defaultLocalesDir): Result<void, LanguageError> {
  const fontsDir = join(localesDir, 'fonts');
  for (const language of languages) {
    const folder = join(localesDir, primaryLanguage(language));
    if (!existsSync(folder)) return err({ kind: 'no-locale-folder', language, folder });
    const face = declaredFace(language, localesDir);
    if (face === undefined) return err({ kind: 'no-font-declared', language, file: join(folder, 'locale.json') });
    // the language's face, and the Latin one its codes and amounts are drawn in
    const missing = [...fontFiles(face, fontsDir), ...fontFiles(latinFace, fontsDir)].find((file) => !existsSync(file));
    if (missing) return err({ kind: 'font-missing', language, file: missing });
  }
  return ok();
}

/** One line for the journal and the failed start. */
export function describeLanguageError(error: LanguageError): string {
  switch (error.kind) {
    case 'no-locale-folder':
      return `locale "${error.language}" is configured but has no folder: ${error.folder}`;
    case 'no-font-declared':
      return `locale "${error.language}" names no screen font ("font" in ${error.file})`;
    case 'font-missing':
      return `screen font for locale "${error.language}" is missing: ${error.file}`;
  }
}
