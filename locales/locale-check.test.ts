import { describe, expect, it } from 'vitest';
import { checkLocale, checkReference, describeProblem, pluralCategories } from './locale-check';

const en = {
  screens: {
    title: 'Hello {{name}}',
    pin: { wrong_one: 'One try left', wrong_other: '{{count}} tries left' },
    item: '$t(central:offence.{{offence}}) on {{date}}',
  },
};

const kinds = (problems: ReturnType<typeof checkLocale>) => problems.map((problem) => `${problem.kind} ${problem.key}`);

describe('checking a locale against English', () => {
  it('given a complete French file, then there is nothing to report', () => {
    const fr = { screens: { title: 'Bonjour {{name}}', pin: { wrong_one: '{{count}} essai', wrong_many: '{{count}} d’essais', wrong_other: '{{count}} essais' }, item: '$t(central:offence.{{offence}}) le {{date}}' } };
    expect(checkLocale('fr', en, fr)).toEqual([]);
  });

  it('given a missing key and a missing namespace, then each is named', () => {
    expect(kinds(checkLocale('hi', { ...en, services: { a: 'A' } }, { screens: { title: 'नमस्ते {{name}}', pin: { wrong_one: 'x', wrong_other: 'y' } } }))).toEqual(['missing-key item', 'missing-namespace ']);
  });

  it('given Arabic with only one and other, then the four other forms its plural rules need are missing', () => {
    const ar = { screens: { title: 'مرحبا {{name}}', pin: { wrong_one: 'محاولة', wrong_other: '{{count}} محاولة' }, item: '$t(central:offence.{{offence}}) {{date}}' } };
    expect(pluralCategories('ar')).toEqual(expect.arrayContaining(['zero', 'one', 'two', 'few', 'many', 'other']));
    expect(kinds(checkLocale('ar', en, ar)).sort()).toEqual(['missing-plural pin.wrong_few', 'missing-plural pin.wrong_many', 'missing-plural pin.wrong_two', 'missing-plural pin.wrong_zero']);
  });

  it('given a plural form the language does not have, then it is reported, except _zero which any language may add', () => {
    const hi = { screens: { title: '{{name}}', pin: { wrong_zero: 'कोई नहीं', wrong_one: 'x', wrong_two: 'y', wrong_other: 'z' }, item: '$t(central:offence.{{offence}}) {{date}}' } };
    expect(kinds(checkLocale('hi', en, hi))).toEqual(['extra-plural pin.wrong_two']);
  });

  it('given a renamed variable, a lost nested lookup and an empty string, then each is reported with what differs', () => {
    const ur = { screens: { title: 'سلام {{nam}}', pin: { wrong_one: '', wrong_other: 'x' }, item: '{{offence}} {{date}}' } };
    const problems = checkLocale('ur', en, ur);
    expect(kinds(problems)).toEqual(['variables-differ title', 'empty pin.wrong_one', 'nesting-differs item']);
    expect(describeProblem(problems[0]!)).toBe('ur/screens.json "title": variables-differ (en {{name}} vs ur {{nam}})');
  });

  it('given a key English does not have, then it is reported as extra (stale text)', () => {
    const ml = { screens: { ...en.screens, gone: 'പഴയത്' } };
    expect(kinds(checkLocale('ml', en, ml))).toEqual(['extra-key gone']);
  });
});

describe('checking English itself', () => {
  it('given a sentence with a count but no plural forms, then it is reported so every language can say it its own way', () => {
    const problems = checkReference('en', { screens: { left: '{{count}} tries left', wait_one: '{{count}} second', wait_other: '{{count}} seconds' } });
    expect(problems.map(describeProblem)).toEqual(['en/screens.json "left": count-not-plural (add _one and _other forms)']);
  });
});
