// Locale text for speech, from the main process's i18next instance: a missing key says
// nothing (rather than reading the key's name aloud).
import type { i18n } from 'i18next';
import type { Translate } from './segments';

export function translatorOf(instance: i18n): { translate: Translate; hasKey: (language: string, key: string) => boolean } {
  const hasKey = (language: string, fullKey: string, values: Readonly<Record<string, string | number>> = {}): boolean =>
    instance.exists(fullKey, { lng: language, ...values });
  return {
    translate(language, key, values = {}) {
      if (!hasKey(language, key, values)) return '';
      return instance.t(key, { lng: language, ...values });
    },
    hasKey: (language, key) => hasKey(language, key),
  };
}
