// A new language as a translator would start it: the few strings already translated, and
// every other key of English with a visible marker, so the folder is complete (the kiosk and
// the completeness check accept it) while what is left to translate stays easy to find.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../../electron/browser-mode/renderer-build';
import type { LocaleFolder } from './renderer-with-locales';

export const fixtureLocalesDir = join(repoRoot, 'test/fixtures/locales');

export function readFixtureLocale(language: string): LocaleFolder {
  const folder = join(fixtureLocalesDir, language);
  return Object.fromEntries(readdirSync(folder).filter((file) => file.endsWith('.json')).map((file) => [file.slice(0, -'.json'.length), JSON.parse(readFileSync(join(folder, file), 'utf8')) as unknown]));
}

export function fixtureFontFiles(): string[] {
  return readdirSync(join(fixtureLocalesDir, 'fonts')).filter((file) => file.endsWith('.ttf')).map((file) => join(fixtureLocalesDir, 'fonts', file));
}

function merge(english: unknown, translated: unknown, marker: string): unknown {
  if (typeof english === 'string') return typeof translated === 'string' ? translated : `${marker} ${english}`;
  if (english === null || typeof english !== 'object') return english;
  const own = translated !== null && typeof translated === 'object' ? (translated as Record<string, unknown>) : {};
  return Object.fromEntries(Object.entries(english as Record<string, unknown>).map(([key, value]) => [key, merge(value, own[key], marker)]));
}

/** English's namespaces with the translated strings in place and `marker` before the rest. */
export function completedFrom(english: LocaleFolder, translated: LocaleFolder, marker: string): LocaleFolder {
  const namespaces = new Set([...Object.keys(english), ...Object.keys(translated)]);
  return Object.fromEntries([...namespaces].map((namespace) => [namespace, namespace === 'locale' ? translated[namespace] : merge(english[namespace], translated[namespace], marker)]));
}
