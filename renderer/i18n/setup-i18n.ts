import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { bundledResources, namespaces } from './locale-resources';

/**
 * One i18next instance. Keys may name their namespace ("services:traffic-fines.title");
 * bare keys are screen keys. A key missing in the current language falls back to English
 * and is marked (see text.tsx), so a browser test can find it.
 */
export function setupI18n(language: string): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: bundledResources(),
    lng: language,
    fallbackLng: 'en',
    ns: [...namespaces],
    defaultNS: 'screens',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initAsync: false,
  });
  return instance;
}
