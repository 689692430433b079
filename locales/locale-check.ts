// What "a complete locale" means, as one pure function: every key English has, every plural
// form the language's own plural rules ask for, and the same interpolation variables and
// nested lookups as English. Used by the unit tests over locales/ and by the seventh-language
// test over a fixture folder.

export type LocaleTree = { readonly [key: string]: string | LocaleTree };
/** One language's files: namespace name → parsed JSON. */
export type LocaleFiles = Readonly<Record<string, unknown>>;

export type LocaleProblemKind =
  | 'missing-namespace'
  | 'extra-namespace'
  | 'missing-key'
  | 'extra-key'
  | 'missing-plural'
  | 'extra-plural'
  | 'variables-differ'
  | 'nesting-differs'
  | 'empty'
  | 'not-text'
  | 'count-not-plural';

export interface LocaleProblem {
  readonly language: string;
  readonly namespace: string;
  readonly key: string;
  readonly kind: LocaleProblemKind;
  readonly detail?: string;
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Dotted keys to leaf values; a non-string leaf is kept so it can be reported. */
export function flattenTree(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (tree === null || typeof tree !== 'object' || Array.isArray(tree)) {
    out.set(prefix, tree);
    return out;
  }
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) for (const [k, v] of flattenTree(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

export function splitPlural(key: string): { readonly base: string; readonly category: string | undefined } {
  const match = pluralSuffix.exec(key);
  return match ? { base: key.slice(0, match.index), category: match[1] } : { base: key, category: undefined };
}

/** The plural categories CLDR gives the language (Arabic: zero one two few many other). */
export function pluralCategories(language: string): readonly string[] {
  return new Intl.PluralRules(language).resolvedOptions().pluralCategories;
}

/**
 * A person's name arrives in both scripts (nameAr, nameLatin); each language picks the one its
 * readers read (Arabic and Urdu the Arabic script), so the two count as one variable.
 */
const sameVariable: Readonly<Record<string, string>> = { nameAr: 'name(Ar|Latin)', nameLatin: 'name(Ar|Latin)' };

/** `{{name}}` and `{{name, format}}`; `count` is left out: plural forms may spell it as a word. */
export function variablesOf(text: string): string[] {
  const names = [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1] ?? '');
  return [...new Set(names.filter((name) => name !== 'count').map((name) => sameVariable[name] ?? name))].sort();
}

/** `$t(ns:key)` lookups nested in a string. */
export function nestingsOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\$t\(([^)]+)\)/g)].map((match) => match[1] ?? ''))].sort();
}

interface Group {
  readonly forms: Map<string | undefined, unknown>;
}

function groupByBase(flat: Map<string, unknown>): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const [key, value] of flat) {
    const { base, category } = splitPlural(key);
    const group = groups.get(base) ?? { forms: new Map() };
    group.forms.set(category, value);
    groups.set(base, group);
  }
  return groups;
}

const union = (group: Group, of: (text: string) => string[]): string[] =>
  [...new Set([...group.forms.values()].flatMap((value) => (typeof value === 'string' ? of(value) : [])))].sort();

function checkNamespace(language: string, namespace: string, reference: unknown, candidate: unknown): LocaleProblem[] {
  const problems: LocaleProblem[] = [];
  const problem = (key: string, kind: LocaleProblemKind, detail?: string): void => {
    problems.push({ language, namespace, key, kind, ...(detail === undefined ? {} : { detail }) });
  };
  const wanted = groupByBase(flattenTree(reference));
  const have = groupByBase(flattenTree(candidate));
  const categories = pluralCategories(language);
  for (const [base, want] of wanted) {
    const got = have.get(base);
    if (!got) {
      problem(base, 'missing-key');
      continue;
    }
    const isPlural = [...want.forms.keys()].some((category) => category !== undefined);
    if (isPlural) {
      for (const category of categories) if (!got.forms.has(category)) problem(`${base}_${category}`, 'missing-plural', `${language} needs ${categories.join(', ')}`);
      // _zero is optional everywhere: i18next uses it for a count of 0 in any language
      for (const category of got.forms.keys()) {
        if (category === undefined) problem(base, 'extra-key', 'a plural key also has a form without a suffix');
        else if (category !== 'zero' && !categories.includes(category)) problem(`${base}_${category}`, 'extra-plural', `${language} has no "${category}" form`);
      }
    } else if (!got.forms.has(undefined)) {
      problem(base, 'missing-key', 'English has no plural forms for this key');
    }
    for (const [category, value] of got.forms) {
      const key = category === undefined ? base : `${base}_${category}`;
      if (typeof value !== 'string') problem(key, 'not-text');
      else if (value.trim() === '') problem(key, 'empty');
    }
    const [wantVariables, gotVariables] = [union(want, variablesOf), union(got, variablesOf)];
    if (wantVariables.join() !== gotVariables.join()) problem(base, 'variables-differ', `en {{${wantVariables.join('}} {{')}}} vs ${language} {{${gotVariables.join('}} {{')}}}`);
    const [wantNestings, gotNestings] = [union(want, nestingsOf), union(got, nestingsOf)];
    if (wantNestings.join() !== gotNestings.join()) problem(base, 'nesting-differs', `en $t(${wantNestings.join(') $t(')}) vs ${language} $t(${gotNestings.join(') $t(')})`);
  }
  for (const base of have.keys()) if (!wanted.has(base)) problem(base, 'extra-key', 'English has no such key');
  return problems;
}

/** Every problem of one language's files against the reference language's (English). */
export function checkLocale(language: string, reference: LocaleFiles, candidate: LocaleFiles): LocaleProblem[] {
  const problems: LocaleProblem[] = [];
  for (const namespace of Object.keys(reference).sort()) {
    if (!(namespace in candidate)) problems.push({ language, namespace, key: '', kind: 'missing-namespace' });
    else problems.push(...checkNamespace(language, namespace, reference[namespace], candidate[namespace]));
  }
  for (const namespace of Object.keys(candidate)) if (!(namespace in reference)) problems.push({ language, namespace, key: '', kind: 'extra-namespace' });
  return problems;
}

/**
 * English itself: a sentence with a {{count}} in it must have plural forms, or Arabic could
 * only ever say it one way ("3 محاولة" instead of "3 محاولات").
 */
export function checkReference(language: string, files: LocaleFiles): LocaleProblem[] {
  const problems: LocaleProblem[] = [];
  for (const [namespace, tree] of Object.entries(files)) {
    for (const [key, value] of flattenTree(tree)) {
      if (typeof value === 'string' && splitPlural(key).category === undefined && /\{\{\s*count\s*(,[^}]*)?\}\}/.test(value)) problems.push({ language, namespace, key, kind: 'count-not-plural', detail: 'add _one and _other forms' });
    }
  }
  return problems;
}

/** One line a translator can act on: `fr/screens.json "pin.wrong_many": missing-plural (fr needs one, many, other)`. */
export function describeProblem(problem: LocaleProblem): string {
  const where = `${problem.language}/${problem.namespace}.json${problem.key ? ` "${problem.key}"` : ''}`;
  return `${where}: ${problem.kind}${problem.detail ? ` (${problem.detail})` : ''}`;
}
