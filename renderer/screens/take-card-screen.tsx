import type { ReactElement } from 'react';
import { Ltr, Money } from '../components/money';
import { ScreenFrame } from '../components/screen-frame';
import { useKioskText } from '../i18n/use-kiosk-text';
import type { ScreenProps } from './screen-props';

/** The end of a session: take the card; what was paid and its reference stay on screen. */
export function TakeCardScreen({ view }: ScreenProps): ReactElement {
  const { t } = useKioskText();
  const outcome = view.outcome;
  return (
    <ScreenFrame view={view}>
      <div className="illustration illustration--take-card" aria-hidden="true" />
      {outcome && (
        <section className="receipt-summary" aria-labelledby="receipt-title">
          <h2 id="receipt-title" className="receipt-summary__title">
            {t('take-card.summary')}
          </h2>
          <dl className="info-list">
            <div className="info-list__row">
              <dt>{t('common.reference')}</dt>
              <dd>
                <Ltr className="ltr-code reference">{outcome.reference}</Ltr>
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
          {!outcome.isReceiptPrinted && <p className="notice">{t('take-card.write-down')}</p>}
          {outcome.isPendingConfirmation && <p className="notice">{t('take-card.pending')}</p>}
        </section>
      )}
    </ScreenFrame>
  );
}
