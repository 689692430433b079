import { describe, expect, it } from 'vitest';
import { checkLocaleFolder, listLocaleLanguages, referenceLanguage } from '../../electron/core/locale-folders';
import { readLocaleResources } from '../../electron/core/locales';
import { checkReference, describeProblem } from '../../locales/locale-check';

// Every folder under locales/ is checked, so a new language is held to the same bar the day
// its folder appears. A failure lists one line per problem: file, key, what is wrong.
const languages = listLocaleLanguages();

describe('the locales shipped with the kiosk', () => {
  it('given the folders under locales/, then the six languages of the issue are all there', () => {
    expect(languages).toEqual(expect.arrayContaining(['ar', 'en', 'fr', 'hi', 'ml', 'ur']));
  });

  it('given English, then every sentence with a count has plural forms for the others to fill', () => {
    expect(checkReference(referenceLanguage, readLocaleResources([referenceLanguage])[referenceLanguage] ?? {}).map(describeProblem)).toEqual([]);
  });

  it.each(languages.filter((language) => language !== 'en'))('given %s, then it has every key, plural form, variable and nested lookup English has, and nothing stale', (language) => {
    expect(checkLocaleFolder(language).map(describeProblem)).toEqual([]);
  });
});
