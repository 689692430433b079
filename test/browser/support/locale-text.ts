import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../../electron/browser-mode/renderer-build';

/** A string as the locale files hold it (no interpolation), for asserting on headings. */
export function localeText(language: string, namespace: string, key: string): string {
  const file = JSON.parse(readFileSync(join(repoRoot, 'locales', language, `${namespace}.json`), 'utf8')) as Record<string, unknown>;
  const value = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), file);
  if (typeof value !== 'string') throw new Error(`locales/${language}/${namespace}.json has no "${key}"`);
  return value;
}
