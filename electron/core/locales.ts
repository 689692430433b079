// Loads `locales/<lang>/<namespace>.json` for the main process (receipts, speech). The
// renderer loads the same files; every string a person sees or hears comes from there.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import i18next, { type i18n, type Resource } from 'i18next';

export const localesDir = resolve(import.meta.dirname, '../../locales');

export function readLocaleResources(languages: readonly string[], dir = localesDir): Resource {
  const resources: Resource = {};
  for (const language of languages) {
    const folder = join(dir, language);
    if (!existsSync(folder)) continue;
    resources[language] = Object.fromEntries(
      readdirSync(folder)
        .filter((file) => file.endsWith('.json'))
        .map((file) => [file.slice(0, -'.json'.length), JSON.parse(readFileSync(join(folder, file), 'utf8')) as Record<string, unknown>]),
    );
  }
  return resources;
}

/** An i18next instance of its own (not the global one), ready at once. */
export function createMainI18n(languages: readonly string[], dir = localesDir): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: readLocaleResources(languages, dir),
    lng: languages[0] ?? 'ar',
    fallbackLng: false,
    supportedLngs: [...languages],
    ns: ['screens', 'services', 'central', 'receipt'],
    defaultNS: 'screens',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
