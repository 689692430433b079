import type { ReactElement } from 'react';
import { Ltr, Money } from '../components/money';
import { QrCode } from '../components/qr-code';
import { ReceiptDelivery } from '../components/receipt-delivery';
import { ScreenFrame } from '../components/screen-frame';
import { useKioskText } from '../i18n/use-kiosk-text';
import type { ScreenProps } from './screen-props';

/**
 * The end of a session: take the card; what was paid and its reference stay on screen. When
 * the receipt did not print, the reference shows large and as a QR code to photograph, and the
 * receipt can be sent to the phone or e-mail the central holds.
 */
export function TakeCardScreen({ view }: ScreenProps): ReactElement {
  const { t } = useKioskText();
  const outcome = view.outcome;
  const isWithoutReceipt = outcome !== undefined && !outcome.isReceiptPrinted;
  // a request with nothing to pay carries no amount: its summary is of the request, not a payment
  const summary = t(outcome?.amount ? 'take-card.summary' : 'take-card.summary-request');
  return (
    <ScreenFrame view={view} {...(isWithoutReceipt ? { className: 'take-card--no-receipt' } : {})}>
      <div className="illustration illustration--take-card" aria-hidden="true" />
      {outcome && (
        // without a receipt the screen's height goes to the reference and the offer: the heading is only named
        <section className="receipt-summary" {...(isWithoutReceipt ? { 'aria-label': summary } : { 'aria-labelledby': 'receipt-title' })}>
          {!isWithoutReceipt && (
            <h2 id="receipt-title" className="receipt-summary__title">
              {summary}
            </h2>
          )}
          <dl className="info-list">
            <div className="info-list__row">
              <dt>{t('common.reference')}</dt>
              <dd>
                <Ltr className={`ltr-code reference${isWithoutReceipt ? ' reference--large' : ''}`}>{outcome.reference}</Ltr>
              </dd>
            </div>
            {outcome.amount && (
              <div className="info-list__row">
                <dt>{t('common.amount-paid')}</dt>
                <dd>
                  <Money money={outcome.amount} />
                </dd>
              </div>
            )}
          </dl>
          {isWithoutReceipt && <p className="notice">{t('take-card.write-down')}</p>}
          {outcome.isPendingConfirmation && <p className="notice">{t('take-card.pending')}</p>}
          {view.receiptDelivery && <ReceiptDelivery delivery={view.receiptDelivery} />}
        </section>
      )}
      {isWithoutReceipt && (
        <figure className="take-card__qr">
          <QrCode text={outcome.reference} label={t('take-card.qr-label')} sizePx={280} />
        </figure>
      )}
    </ScreenFrame>
  );
}
