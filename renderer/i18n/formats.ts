// How numbers and dates are written on screen. The kiosk's config decides two things (the
// view carries them): Latin or Arabic-Indic digits on Arabic screens, and whether the Hijri
// (Umm al-Qura) date stands beside the Gregorian one. Every other language writes digits the
// way CLDR says its readers expect.

import type { View } from '../../electron/bridge/contract';

export type Formats = NonNullable<View['formats']>;

export const defaultFormats: Formats = { calendar: 'gregorian', arabicDigits: 'latin' };

const firstStrongIsolate = '\u2068';
const popDirectionalIsolate = '\u2069';

function primary(language: string): string {
  return language.toLowerCase().split('-')[0] ?? language;
}

/** The Unicode numbering system for the language: `arab` or `latn` for Arabic, CLDR's default otherwise. */
export function numberingSystem(language: string, formats: Formats = defaultFormats): string {
  if (primary(language) === 'ar') return formats.arabicDigits === 'arabic-indic' ? 'arab' : 'latn';
  return new Intl.NumberFormat(language).resolvedOptions().numberingSystem;
}

/** A BCP 47 tag carrying the numbering system, for every Intl formatter on screen. */
export function localeTag(language: string, formats: Formats = defaultFormats): string {
  return `${language}-u-nu-${numberingSystem(language, formats)}`;
}

const digitTables = new Map<string, readonly string[]>();

function digitsOf(numbering: string): readonly string[] {
  const cached = digitTables.get(numbering);
  if (cached) return cached;
  const format = new Intl.NumberFormat(`en-u-nu-${numbering}`, { useGrouping: false });
  const digits = Array.from({ length: 10 }, (_, digit) => format.format(digit));
  digitTables.set(numbering, digits);
  return digits;
}

/**
 * Writes the ASCII digits of a translated sentence (counts, "8 digits", "30 days") in the
 * language's digits. Isolated values (FSI…PDI: plates, references, phone numbers, codes) are
 * left as they are: they are read back to staff or typed elsewhere in Latin digits.
 */
export function localiseDigits(text: string, language: string, formats: Formats = defaultFormats): string {
  const numbering = numberingSystem(language, formats);
  if (numbering === 'latn') return text;
  const digits = digitsOf(numbering);
  let depth = 0;
  let out = '';
  for (const char of text) {
    if (char === firstStrongIsolate || char === '\u2066' || char === '\u2067') depth += 1;
    else if (char === popDirectionalIsolate) depth = Math.max(0, depth - 1);
    out += depth === 0 && char >= '0' && char <= '9' ? (digits[char.charCodeAt(0) - 48] ?? char) : char;
  }
  return out;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export interface FormattedDate {
  readonly gregorian: string;
  /** Only when the config puts the Hijri date beside the Gregorian one. */
  readonly hijri?: string;
}

/**
 * A calendar day (`2025-03-02`) in words, in the language's digits. Days are dates, not
 * instants: formatted in UTC so no time zone moves them by one.
 */
export function formatDate(iso: string, language: string, formats: Formats = defaultFormats): FormattedDate {
  const day = new Date(`${iso}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  const tag = localeTag(language, formats);
  const gregorian = new Intl.DateTimeFormat(`${tag}-ca-gregory`, options).format(day);
  if (formats.calendar !== 'gregorian-and-hijri') return { gregorian };
  return { gregorian, hijri: new Intl.DateTimeFormat(`${tag}-ca-islamic-umalqura`, { ...options, era: 'short' }).format(day) };
}

/**
 * Text values that are calendar days (`2025-03-02` from the central) are written as dates in
 * the language; `join` puts the Hijri date beside the Gregorian one with the locale's pattern.
 */
export function formatDateValues(
  values: Readonly<Record<string, string | number>>,
  language: string,
  formats: Formats,
  join: (date: Required<FormattedDate>) => string,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value !== 'string' || !isIsoDate(value)) {
      out[name] = value;
      continue;
    }
    const date = formatDate(value, language, formats);
    out[name] = date.hijri === undefined ? date.gregorian : join({ gregorian: date.gregorian, hijri: date.hijri });
  }
  return out;
}
