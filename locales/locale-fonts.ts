// Which font each language is drawn in, read from its own folder: locales/<lang>/locale.json
// names a face ("NotoSansBengali") whose files are locales/fonts/<face>-Regular.ttf and
// -Bold.ttf. So a new language brings its font with it; nothing in code lists languages.
// Used by the renderer's build (its @font-face rules), the screen-font check at start and the
// receipt printer.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const defaultLocalesDir = resolve(import.meta.dirname);
export const defaultFontsDir = join(defaultLocalesDir, 'fonts');

/** References, amounts and kiosk ids are Latin in every language: this face is always loaded. */
export const latinFace = 'NotoSans';
export const fontWeights = [
  { file: 'Regular', cssWeight: 400 },
  { file: 'Bold', cssWeight: 700 },
] as const;

export function fontFiles(face: string, fontsDir: string = defaultFontsDir): string[] {
  return fontWeights.map((weight) => join(fontsDir, `${face}-${weight.file}.ttf`));
}

/** The face a language declares, or undefined when its folder or declaration is missing. */
export function declaredFace(language: string, localesDir: string = defaultLocalesDir): string | undefined {
  const file = join(localesDir, primaryLanguage(language), 'locale.json');
  if (!existsSync(file)) return undefined;
  const declared = (JSON.parse(readFileSync(file, 'utf8')) as { font?: unknown }).font;
  return typeof declared === 'string' && /^[A-Za-z0-9]+$/.test(declared) ? declared : undefined;
}

export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? tag;
}

/** The CSS family name of a face; the Latin one keeps its historic name (stylesheets use it). */
export function familyOf(face: string): string {
  return face === latinFace ? 'Kiosk Latin' : `Kiosk ${face}`;
}

export interface LocaleFont {
  readonly language: string;
  readonly face: string;
}

/**
 * The renderer's font stylesheet: one @font-face per face and weight, and per language its
 * own face first, then Latin (codes and amounts), then every other shipped face, so a name
 * in another script still finds a shipped glyph and never a system font.
 */
export function fontFacesCss(fonts: readonly LocaleFont[], urlOf: (file: string) => string): string {
  const faces = [latinFace, ...new Set(fonts.map((font) => font.face).filter((face) => face !== latinFace))];
  const quoted = (face: string): string => `'${familyOf(face)}'`;
  const stack = (first: string): string => [first, latinFace, ...faces.filter((face) => face !== first && face !== latinFace)].filter((face, index, all) => all.indexOf(face) === index).map(quoted).join(', ');
  const lines = ['/* Generated at build time from locales/<lang>/locale.json (locales/locale-fonts.ts). */'];
  for (const face of faces) {
    for (const weight of fontWeights) {
      lines.push(`@font-face { font-family: ${quoted(face)}; src: url('${urlOf(`${face}-${weight.file}.ttf`)}') format('truetype'); font-weight: ${weight.cssWeight}; font-display: block; }`);
    }
  }
  lines.push(`:root { font-family: ${stack(latinFace)}; }`);
  // [lang]:lang(x) outweighs `font: inherit` on a control that names its own language (the
  // Urdu button on an Arabic language screen must be drawn in Nastaliq, not in the page's Naskh)
  for (const font of [...fonts].sort((a, b) => a.language.localeCompare(b.language))) lines.push(`:lang(${font.language}), [lang]:lang(${font.language}) { font-family: ${stack(font.face)}; }`);
  // codes and amounts read in Latin digits whatever the language around them
  lines.push(`.ltr-code, .money { font-family: ${stack(latinFace)}; }`);
  return `${lines.join('\n')}\n`;
}
