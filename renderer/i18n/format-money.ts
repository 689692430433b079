import type { Money } from '../../electron/bridge/contract';
import { defaultFormats, localeTag, type Formats } from './formats';

/**
 * Amounts come as integers in the minor unit; the digits shown follow the currency's minor
 * units. Digits as the config says for Arabic (Latin by default, as on Gulf receipts and
 * terminals), as CLDR says for the other languages.
 */
export function formatMoney(money: Money, language: string, formats: Formats = defaultFormats): string {
  const format = new Intl.NumberFormat(localeTag(language, formats), {
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: money.minorUnits,
    maximumFractionDigits: money.minorUnits,
  });
  return format.format(money.amountMinor / 10 ** money.minorUnits);
}

export function sumMoney(amounts: readonly Money[], template: Money): Money {
  return { ...template, amountMinor: amounts.reduce((total, money) => total + money.amountMinor, 0) };
}
