// Builds the receipt a resident takes away, in their language and direction, from the
// outbox row (the durable truth) rather than from anything the screen showed.
import type { i18n } from 'i18next';
import type { ReceiptDocument } from '../../hardware/printer/receipt';
import type { OutboxTransaction } from '../outbox/types';

export interface ReceiptContext {
  readonly i18n: i18n;
  readonly language: string;
  readonly isRtl: boolean;
  readonly kioskId: string;
  readonly currency: { readonly code: string; readonly minorUnits: number };
  readonly issuedAt: Date;
  readonly personName: string;
  readonly serviceTitleKey: string;
  readonly noteKeys: readonly string[];
}

export function formatMoney(amountMinor: number, currency: { code: string; minorUnits: number }, language: string): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency: currency.code, minimumFractionDigits: currency.minorUnits, maximumFractionDigits: currency.minorUnits, numberingSystem: 'latn' }).format(
    amountMinor / 10 ** currency.minorUnits,
  );
}

/** The QR carries the reference and a check code the central can verify. */
export function receiptQrText(transaction: Pick<OutboxTransaction, 'reference' | 'key'>): string {
  return `MOI-RCPT:${transaction.reference}:${transaction.key.slice(0, 8).toUpperCase()}`;
}

export function buildReceipt(transaction: OutboxTransaction, ctx: ReceiptContext): ReceiptDocument {
  const t = ctx.i18n.getFixedT(ctx.language);
  const isConfirmed = transaction.state === 'synced';
  return {
    language: ctx.language,
    direction: ctx.isRtl ? 'rtl' : 'ltr',
    title: t('receipt:ministry'),
    subtitle: t(ctx.serviceTitleKey),
    issuedAt: new Intl.DateTimeFormat(ctx.language, { dateStyle: 'medium', timeStyle: 'short', numberingSystem: 'latn' }).format(ctx.issuedAt),
    kioskId: ctx.kioskId,
    reference: transaction.reference,
    rows: [
      { label: t('receipt:reference'), value: transaction.reference, isolateLtr: true },
      { label: t('receipt:service'), value: t(ctx.serviceTitleKey) },
      { label: t('receipt:person'), value: ctx.personName },
      ...(transaction.payment ? [{ label: t('receipt:payment-ref'), value: transaction.payment.paymentRef, isolateLtr: true }] : []),
      { label: t('receipt:kiosk'), value: ctx.kioskId, isolateLtr: true },
    ],
    total: { label: t('receipt:total'), value: formatMoney(transaction.amountMinor, ctx.currency, ctx.language), isolateLtr: true },
    notes: [isConfirmed ? t('receipt:confirmed') : t('receipt:pending-confirmation'), ...ctx.noteKeys.map((key) => t(key)), t('receipt:check-online')],
    qr: receiptQrText(transaction),
  };
}
