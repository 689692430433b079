// Which texts are rendered to clips at start (so a new screen speaks at once): every locale
// string the descriptions use that has no values in it. Strings with values (counts, amounts,
// names) are synthesised when needed and never kept.
import type { Resource } from 'i18next';
import { keyRows } from '../../locales/keyboard/keyboard-rows';
import { lettersFor, otherLetters, padLayoutIds, type LayoutId } from '../../locales/keyboard/layouts';
import { spokenSymbolKey } from '../../locales/keyboard/spoken-symbols';

/** Screen-namespace branches a description never says (on-screen keyboard, technician pages…). */
const unspokenBranches = new Set(['keyboard', 'format', 'technician']);

function leaves(tree: unknown, prefix: string, out: string[]): void {
  if (typeof tree === 'string') {
    // plurals and interpolations are dynamic; nested lookups ($t) resolve only with values
    if (!tree.includes('{{') && !tree.includes('$t(') && !/_(zero|one|two|few|many|other)$/.test(prefix)) out.push(tree);
    return;
  }
  if (!tree || typeof tree !== 'object') return;
  for (const [key, value] of Object.entries(tree)) {
    if (prefix === '' && unspokenBranches.has(key)) continue;
    leaves(value, prefix === '' ? key : `${prefix}.${key}`, out);
  }
}

/** The distinct static texts per language, from that language's screens, accessibility and service titles. */
export function staticPrompts(resources: Resource, languages: readonly string[]): { language: string; text: string }[] {
  const prompts: { language: string; text: string }[] = [];
  for (const language of languages) {
    const bundle = resources[language] ?? {};
    const texts: string[] = [];
    leaves(bundle.screens, '', texts);
    leaves(bundle.accessibility, '', texts);
    const services = (bundle.services ?? {}) as Record<string, unknown>;
    for (const service of Object.values(services)) {
      const title = (service as { title?: unknown }).title;
      if (typeof title === 'string') texts.push(title);
    }
    texts.push(...keyCaps(language));
    for (const text of new Set(texts)) if (text.trim() !== '') prompts.push({ language, text });
  }
  return prompts;
}

/**
 * The letters of the keyboards a language reaches (its own, Latin, symbols, the e-mail and
 * digit pads), as the keypad says them when it lands on a key: each is a prompt of its own.
 */
function keyCaps(language: string): string[] {
  const own = lettersFor(language);
  const layouts = new Set<LayoutId>([own, otherLetters(own, language) ?? own, 'symbols', 'email', ...padLayoutIds]);
  const caps: string[] = [];
  for (const layout of layouts) {
    for (const isShifted of [false, true]) {
      for (const row of keyRows(layout, isShifted, language).rows) {
        for (const placed of row) if (placed.key.kind === 'char' && !spokenSymbolKey(placed.key.text)) caps.push(placed.key.text.toLocaleLowerCase());
      }
    }
  }
  return caps;
}
