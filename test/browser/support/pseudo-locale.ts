// A pseudo-locale made from English (as Android's en-XA and Microsoft's qps-ploc are): every
// letter accented, every string 40% longer, so a screen that only fits English shows it.
// Interpolations ({{x}}), nested lookups ($t(…)) and plural suffixes are kept as they are.
import type { LocaleFolder } from './renderer-with-locales';

export const pseudoLanguage = 'en-XA';

const accents: Readonly<Record<string, string>> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};
const kept = /(\{\{[^}]*\}\}|\$t\([^)]*\))/;

/** One string, accented and padded with filler words to 140% of its length. */
export function pseudoText(text: string): string {
  const accented = text
    .split(kept)
    .map((part) => (kept.test(part) ? part : [...part].map((char) => accents[char] ?? char).join('')))
    .join('');
  const visible = text.replace(new RegExp(kept.source, 'g'), 'xxxxxx').length;
  const padding = Math.ceil(visible * 0.4);
  const filler = Array.from({ length: Math.ceil(padding / 6) }, () => 'ẋẋẋẋẋ').join(' ').slice(0, Math.max(0, padding - 1));
  return filler ? `${accented} ${filler}` : accented;
}

function pseudoTree(node: unknown): unknown {
  if (typeof node === 'string') return pseudoText(node);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node as Record<string, unknown>).map(([key, value]) => [key, pseudoTree(value)]));
}

/** Every namespace of English, pseudo-localised; the font is English's (Latin). */
export function pseudoLocale(english: LocaleFolder): LocaleFolder {
  return Object.fromEntries(Object.entries(english).map(([namespace, tree]) => [namespace, namespace === 'locale' ? tree : pseudoTree(tree)]));
}
