import type { Money } from '../../electron/bridge/contract';

/**
 * Amounts come as integers in the minor unit; the digits shown follow the currency's minor
 * units. Latin digits for now (Gulf practice on receipts and terminals); issue 11 makes the
 * numbering a config choice.
 */
export function formatMoney(money: Money, language: string): string {
  const format = new Intl.NumberFormat(`${language}-u-nu-latn`, {
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
