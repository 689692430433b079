import { describe, expect, it } from 'vitest';
import { textDirection } from './text-direction';

describe('which way a language is written', () => {
  it('given Arabic and Urdu, then right to left; given English, French, Hindi and Malayalam, then left to right', () => {
    expect(['ar', 'ur', 'en', 'fr', 'hi', 'ml'].map(textDirection)).toEqual(['rtl', 'rtl', 'ltr', 'ltr', 'ltr', 'ltr']);
  });

  it('given a seventh language no one listed (Pashto, Bengali), then CLDR says which way it goes', () => {
    expect([textDirection('ps'), textDirection('bn'), textDirection('ar-QA')]).toEqual(['rtl', 'ltr', 'rtl']);
  });
});
