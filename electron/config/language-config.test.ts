import { describe, expect, it } from 'vitest';
import { parseConfig } from './load-config';

describe('kiosk config: languages, digits and calendar', () => {
  it('given nothing, then Arabic then English, Latin digits and the Gregorian calendar alone', () => {
    expect(parseConfig({})).toMatchObject({ ok: true, value: { languages: ['ar', 'en'], arabicDigits: 'latin', calendar: 'gregorian' } });
  });

  it('given six languages in a chosen order, Arabic-Indic digits and the Hijri date beside the Gregorian, then all are kept as given', () => {
    const input = { languages: ['ar', 'ur', 'en', 'hi', 'ml', 'fr'], arabicDigits: 'arabic-indic', calendar: 'gregorian-and-hijri' };
    expect(parseConfig(input)).toMatchObject({ ok: true, value: input });
  });

  it('given a language listed twice, then the languages field is refused', () => {
    expect(parseConfig({ languages: ['ar', 'en', 'ar'] })).toMatchObject({ ok: false, error: { field: 'languages', message: 'each language once' } });
  });

  it('given a calendar or a digit style that does not exist, then the field is named', () => {
    expect(parseConfig({ calendar: 'julian' })).toMatchObject({ ok: false, error: { field: 'calendar' } });
    expect(parseConfig({ arabicDigits: 'persian' })).toMatchObject({ ok: false, error: { field: 'arabicDigits' } });
  });
});
