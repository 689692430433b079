import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localesDir } from '../core/locales';

// Everything the kiosk says or shows for accessibility is in locales/<lang>/accessibility.json,
// in every language that has screens: same keys (plural forms aside), same placeholders.
type Tree = { [key: string]: string | Tree };
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const languages = readdirSync(localesDir).filter((name) => existsSync(join(localesDir, name, 'screens.json')));
const read = (language: string) => flatten(JSON.parse(readFileSync(join(localesDir, language, 'accessibility.json'), 'utf8')) as Tree);
const bases = (keys: Iterable<string>) => [...new Set([...keys].map((key) => key.replace(pluralSuffix, '')))].sort();
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').filter((name) => name !== 'count').sort();

describe('the accessibility namespace in every language', () => {
  const english = read('en');

  it.each(languages)('given %s, then it has accessibility.json with the same keys and placeholders as English', (language) => {
    expect(existsSync(join(localesDir, language, 'accessibility.json')), `locales/${language}/accessibility.json`).toBe(true);
    const texts = read(language);
    expect(bases(texts.keys())).toEqual(bases(english.keys()));
    for (const [key, text] of texts) {
      const englishText = english.get(key) ?? english.get(`${key.replace(pluralSuffix, '')}_other`) ?? '';
      expect(placeholders(text), `${language} ${key}`).toEqual(placeholders(englishText));
      expect(text.trim(), `${language} ${key}`).not.toBe('');
    }
  });
});
