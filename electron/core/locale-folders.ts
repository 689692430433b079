// The locale folders on disk: which languages exist (a folder of namespace files each) and
// whether one is complete against English. Adding a language is adding a folder; nothing
// here or in the renderer lists languages by name.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkLocale, type LocaleProblem } from '../../locales/locale-check';
import { localesDir, readLocaleResources } from './locales';

export const referenceLanguage = 'en';

/** Every folder under locales/ holding at least one namespace file (fonts/ holds none). */
export function listLocaleLanguages(dir: string = localesDir): string[] {
  // statSync follows links (a test may link the shipped folders beside a fixture one)
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory() && readdirSync(join(dir, name)).some((file) => file.endsWith('.json')))
    .sort();
}

/** The language's problems against English; a missing folder is one problem, not an exception. */
export function checkLocaleFolder(language: string, dir: string = localesDir): LocaleProblem[] {
  if (!existsSync(join(dir, language))) return [{ language, namespace: '*', key: '', kind: 'missing-namespace', detail: `no folder ${join(dir, language)}` }];
  const reference = readLocaleResources([referenceLanguage], dir)[referenceLanguage] ?? {};
  const candidate = readLocaleResources([language], dir)[language] ?? {};
  return checkLocale(language, reference, candidate);
}
