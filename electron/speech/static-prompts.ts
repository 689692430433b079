// Which texts are rendered to clips at start (so a new screen speaks at once): every locale
// string the descriptions use that has no values in it. Strings with values (counts, amounts,
// names) are synthesised when needed and never kept.
import type { Resource } from 'i18next';

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
    for (const text of new Set(texts)) if (text.trim() !== '') prompts.push({ language, text });
  }
  return prompts;
}
