import { describe, expect, it } from 'vitest';
import { formatDate, formatDateValues, isIsoDate, localeTag, localiseDigits, numberingSystem } from './formats';

const arabicIndic = { calendar: 'gregorian', arabicDigits: 'arabic-indic' } as const;
const withHijri = { calendar: 'gregorian-and-hijri', arabicDigits: 'latin' } as const;

describe('digits on screen', () => {
  it('given the default config, then Arabic screens use Latin digits, as Gulf terminals and receipts do', () => {
    expect(numberingSystem('ar')).toBe('latn');
    expect(localiseDigits('أدخل 8 أرقام', 'ar')).toBe('أدخل 8 أرقام');
  });

  it('given Arabic-Indic digits in the config, then counts and numbers in Arabic sentences use them', () => {
    expect(localeTag('ar', arabicIndic)).toBe('ar-u-nu-arab');
    expect(localiseDigits('تبقّت لديك 3 محاولات خلال 30 يومًا', 'ar', arabicIndic)).toBe('تبقّت لديك ٣ محاولات خلال ٣٠ يومًا');
  });

  it('given an isolated plate or reference inside the sentence, then its digits stay Latin', () => {
    expect(localiseDigits('لوحة رقم \u2068123456\u2069 — 2 مخالفة', 'ar', arabicIndic)).toBe('لوحة رقم \u2068123456\u2069 — ٢ مخالفة');
  });

  it('given the Arabic digit setting, then the other languages keep what CLDR gives their readers', () => {
    for (const language of ['en', 'fr', 'ur', 'hi', 'ml']) expect(numberingSystem(language, arabicIndic), language).toBe('latn');
    expect(localiseDigits('3 items', 'en', arabicIndic)).toBe('3 items');
  });
});

describe('dates on screen', () => {
  it('given a calendar day, then it is written in words in the language, on that day in any time zone', () => {
    expect(formatDate('2025-03-02', 'en')).toEqual({ gregorian: 'March 2, 2025' });
    expect(formatDate('2025-03-02', 'fr').gregorian).toBe('2 mars 2025');
    expect(formatDate('2025-03-02', 'ar').gregorian).toBe('2 مارس 2025');
  });

  it('given the Hijri calendar in the config, then the Umm al-Qura date stands beside the Gregorian one', () => {
    expect(formatDate('2025-03-02', 'ar', withHijri)).toEqual({ gregorian: '2 مارس 2025', hijri: '2 رمضان 1446 هـ' });
    expect(formatDate('2025-03-02', 'en', withHijri).hijri).toBe('Ramadan 2, 1446 AH');
  });

  it('given Arabic-Indic digits, then the date uses them too', () => {
    expect(formatDate('2025-03-02', 'ar', { calendar: 'gregorian-and-hijri', arabicDigits: 'arabic-indic' })).toEqual({ gregorian: '٢ مارس ٢٠٢٥', hijri: '٢ رمضان ١٤٤٦ هـ' });
  });

  it('given strings that look like dates but are not calendar days, then they are not dates', () => {
    expect(['2025-03-02', '2024-02-29'].map(isIsoDate)).toEqual([true, true]);
    expect(['2025-02-30', '20250302', 'TF-2025-000123', '2025-3-2'].map(isIsoDate)).toEqual([false, false, false, false]);
  });
});

describe('dates inside translated sentences', () => {
  it('given a violation with a date, a plate and an offence token, then only the date is rewritten', () => {
    const values = { date: '2025-03-02', plate: '123456', offence: 'speeding', count: 2 };
    expect(formatDateValues(values, 'en', withHijri, ({ gregorian, hijri }) => `${gregorian} (${hijri})`)).toEqual({ date: 'March 2, 2025 (Ramadan 2, 1446 AH)', plate: '123456', offence: 'speeding', count: 2 });
    expect(formatDateValues(values, 'fr', { calendar: 'gregorian', arabicDigits: 'latin' }, () => 'unused').date).toBe('2 mars 2025');
  });
});
