// Text in the view's language (the view, not the browser, decides the language), plus a
// marker on any key the current language lacks so tests can find it.
import { createContext, useContext, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Text } from '../../electron/bridge/contract';
import { defaultFormats, formatDateValues, localiseDigits, type Formats } from './formats';
import { namespaces } from './locale-resources';

export const LanguageContext = createContext<string>('ar');
/** Digits and calendar from the kiosk's config (the view carries them). */
export const FormatsContext = createContext<Formats>(defaultFormats);

export interface KioskText {
  readonly language: string;
  readonly formats: Formats;
  /** A screens-namespace key (or "ns:key"). */
  t(key: string, values?: Readonly<Record<string, string | number>>): string;
  /** Whether the current language itself (not a fallback) has the key. */
  has(key: string, values?: Readonly<Record<string, string | number>>): boolean;
}

function splitKey(fullKey: string): [string, string] {
  const at = fullKey.indexOf(':');
  return at > 0 ? [fullKey.slice(0, at), fullKey.slice(at + 1)] : ['screens', fullKey];
}

export function useKioskText(): KioskText {
  const language = useContext(LanguageContext);
  const formats = useContext(FormatsContext);
  const { t, i18n } = useTranslation([...namespaces], { lng: language });
  return {
    language,
    formats,
    // counts and numbers in the sentence take the language's digits; isolated values keep theirs
    t: (key, values = {}) => localiseDigits(t(key, { ...values, lng: language }), language, formats),
    has(fullKey, values = {}) {
      const [namespace, key] = splitKey(fullKey);
      const candidates = 'count' in values ? [`${key}_other`, key] : [key];
      return candidates.some((candidate) => i18n.getResource(language, namespace, candidate) !== undefined);
    },
  };
}

const firstStrongIsolate = '\u2068';
const popDirectionalIsolate = '\u2069';

/**
 * Values spliced into a sentence (plates, dates, references, names) are bidi-isolated so a
 * number keeps its order inside Arabic text. Bare key tokens ("speeding") are left alone:
 * translations use them to look up nested text ($t(central:offence.{{offence}})).
 */
export function isolateValues(values: Readonly<Record<string, string | number>>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) {
    const isKeyToken = typeof value !== 'string' || /^[a-z-]+$/.test(value);
    out[name] = isKeyToken ? value : `${firstStrongIsolate}${value}${popDirectionalIsolate}`;
  }
  return out;
}

/**
 * A name comes in Arabic and Latin script (nameAr, nameLatin) and each language's text picks
 * one; when only one was sent, it stands in for the other rather than showing "{{nameAr}}".
 */
export function withNameVariants(values: Readonly<Record<string, string | number>>): Record<string, string | number> {
  const { nameAr, nameLatin } = values;
  return { ...values, ...(nameAr === undefined && nameLatin !== undefined ? { nameAr: nameLatin } : {}), ...(nameLatin === undefined && nameAr !== undefined ? { nameLatin: nameAr } : {}) };
}

/** Renders a view Text; a key the language lacks shows its fallback and is marked. */
export function Txt({ text }: { readonly text: Text }): ReactElement {
  const kiosk = useKioskText();
  // the two dates are joined without isolates of their own: the pair is isolated as one value,
  // and its direction must come from its own words (an isolate inside is skipped when finding it)
  const values = formatDateValues(withNameVariants(text.values), kiosk.language, kiosk.formats, (date) => kiosk.t('format.date-with-hijri', date));
  const shown = kiosk.t(text.key, isolateValues(values));
  return kiosk.has(text.key, text.values) ? <>{shown}</> : <span data-missing-key={text.key}>{shown}</span>;
}
