import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScreenId } from '../../electron/bridge/contract';
import { rendererDir, repoRoot } from '../../electron/browser-mode/renderer-build';

type Tree = { [key: string]: string | Tree };
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function screensOf(language: string): Tree {
  return JSON.parse(readFileSync(join(repoRoot, 'locales', language, 'screens.json'), 'utf8')) as Tree;
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const variables = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
const baseKeys = (keys: Iterable<string>): Set<string> => new Set([...keys].map((key) => key.replace(pluralSuffix, '')));

function rendererSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'dist') return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? rendererSources(path) : /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.') ? [path] : [];
  });
}

describe('the screens namespace in Arabic and English', () => {
  const ar = flatten(screensOf('ar'));
  const en = flatten(screensOf('en'));

  it('given both files, then they hold the same keys (plural forms aside)', () => {
    expect([...baseKeys(ar.keys())].sort()).toEqual([...baseKeys(en.keys())].sort());
  });

  it('given a plural key, then Arabic has all six forms and English has one and other', () => {
    for (const base of baseKeys([...en.keys()].filter((key) => pluralSuffix.test(key)))) {
      for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) expect(ar.has(`${base}_${form}`), `${base}_${form} in ar`).toBe(true);
      for (const form of ['one', 'other']) expect(en.has(`${base}_${form}`), `${base}_${form} in en`).toBe(true);
    }
  });

  it('given a key, then both languages use the same interpolation variables', () => {
    for (const [key, text] of en) {
      const base = key.replace(pluralSuffix, '');
      const arText = ar.get(key) ?? ar.get(`${base}_other`) ?? '';
      expect(variables(arText).filter((v) => v !== 'count'), key).toEqual(variables(text).filter((v) => v !== 'count'));
    }
  });

  it('given every screen id in the contract, then each has a title in both languages', () => {
    for (const screen of ScreenId.options) {
      expect(ar.get(`${screen}.title`), screen).toBeTruthy();
      expect(en.get(`${screen}.title`), screen).toBeTruthy();
    }
  });

  it('given every literal key the renderer looks up, then it exists in both languages', () => {
    const used = new Set<string>();
    for (const file of rendererSources(rendererDir)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([a-z0-9.-]+)'/g)) used.add(match[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(10);
    for (const key of used) {
      expect(baseKeys(ar.keys()).has(key) || ar.has(key), `${key} in ar`).toBe(true);
      expect(baseKeys(en.keys()).has(key) || en.has(key), `${key} in en`).toBe(true);
    }
  });
});
