// A Vite plugin that writes the renderer's font stylesheet at build time from the locale
// folders: `import './styles/kiosk-fonts.css'` gets one @font-face per shipped face and a
// :lang() rule per language (locales/locale-fonts.ts). A seventh language's folder and font
// are all its screens need; the stylesheet follows.
import { readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { declaredFace, fontFacesCss, type LocaleFont } from '../locales/locale-fonts';

export const fontsStylesheet = 'styles/kiosk-fonts.css';

/** Every folder of locales/ that declares a font (fonts/ itself declares none; links followed). */
export function localeFonts(localesDir: string): LocaleFont[] {
  return readdirSync(localesDir).flatMap((language) => {
    const face = declaredFace(language, localesDir);
    return face ? [{ language, face }] : [];
  });
}

/** `rendererDir` holds the stylesheet's (virtual) path; the locales sit beside it, as in the repo. */
export function kioskFonts(rendererDir: string): Plugin {
  const stylesheet = join(rendererDir, fontsStylesheet);
  const localesDir = join(rendererDir, '..', 'locales');
  return {
    name: 'kiosk-fonts',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer && join(dirname(importer), source) === stylesheet) return stylesheet;
      return undefined;
    },
    load(id) {
      if (id !== stylesheet) return undefined;
      for (const font of localeFonts(localesDir)) this.addWatchFile(join(localesDir, font.language, 'locale.json'));
      // url() relative to the stylesheet, so Vite fingerprints and copies the font files
      const fromStyles = relative(dirname(stylesheet), join(localesDir, 'fonts')).split(sep).join('/');
      return fontFacesCss(localeFonts(localesDir), (file) => `${fromStyles}/${file}`);
    },
  };
}
