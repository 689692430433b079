import { describe, expect, it } from 'vitest';
import { formatMoney } from './format-money';

describe('formatting amounts', () => {
  it('given 12,345 minor units of QAR, then English shows 123.45 with the currency', () => {
    expect(formatMoney({ amountMinor: 12345, currency: 'QAR', minorUnits: 2 }, 'en')).toMatch(/QAR\s?123\.45/);
  });

  it('given a three-decimal currency, then all three decimals show', () => {
    expect(formatMoney({ amountMinor: 1500, currency: 'KWD', minorUnits: 3 }, 'en')).toMatch(/1\.500/);
  });

  it('given Arabic, then the digits stay Latin and the currency is named in Arabic', () => {
    const text = formatMoney({ amountMinor: 50000, currency: 'QAR', minorUnits: 2 }, 'ar');
    expect(text).toMatch(/500[.٫]00/);
    expect(text).toMatch(/ر\.ق/);
  });
});

describe('formatting amounts with the config\'s digits', () => {
  it('given Arabic-Indic digits for Arabic, then the amount uses them; English keeps Latin digits', () => {
    const money = { amountMinor: 50000, currency: 'QAR', minorUnits: 2 };
    const formats = { calendar: 'gregorian', arabicDigits: 'arabic-indic' } as const;
    expect(formatMoney(money, 'ar', formats)).toMatch(/٥٠٠٫٠٠/);
    expect(formatMoney(money, 'en', formats)).toMatch(/500\.00/);
  });

  it('given French, Urdu, Hindi and Malayalam, then each writes the amount its own way with Latin digits', () => {
    const money = { amountMinor: 123456, currency: 'QAR', minorUnits: 2 };
    expect(formatMoney(money, 'fr')).toMatch(/1\s234,56\sQAR/);
    for (const language of ['ur', 'hi', 'ml']) expect(formatMoney(money, language), language).toMatch(/1,234\.56/);
  });
});
