import { describe, expect, it } from 'vitest';
import { isolateValues, withNameVariants } from './use-kiosk-text';

describe('isolating interpolated values', () => {
  it('given plates, dates and names, then each is wrapped in a first-strong isolate', () => {
    expect(isolateValues({ plate: '123456', date: '2025-03-02', nameLatin: 'Ahmed Ali' })).toEqual({ plate: '\u2068123456\u2069', date: '\u20682025-03-02\u2069', nameLatin: '\u2068Ahmed Ali\u2069' });
  });

  it('given key tokens used for nested lookups and plural counts, then they pass unchanged', () => {
    expect(isolateValues({ offence: 'red-light', place: 'salwa-road', count: 3 })).toEqual({ offence: 'red-light', place: 'salwa-road', count: 3 });
  });
});

describe('names in either script', () => {
  it('given only the Latin name, then an Urdu sentence that asks for the Arabic-script name gets the Latin one', () => {
    expect(withNameVariants({ number: 'REQ-1', nameLatin: 'Ahmed Ali' })).toEqual({ number: 'REQ-1', nameLatin: 'Ahmed Ali', nameAr: 'Ahmed Ali' });
    expect(withNameVariants({ nameAr: 'أحمد', nameLatin: 'Ahmed' })).toEqual({ nameAr: 'أحمد', nameLatin: 'Ahmed' });
  });
});
