import type { ReactElement } from 'react';
import { ScreenFrame } from '../components/screen-frame';
import { Money } from '../components/money';
import { useKioskText } from '../i18n/use-kiosk-text';
import type { ScreenProps } from './screen-props';

/** Screens where the kiosk or a device is working: a picture of what happens, no input. */
export function WaitingScreen({ view }: ScreenProps): ReactElement {
  const { t } = useKioskText();
  const isBusy = view.screen !== 'insert-card';
  const amount = view.outcome?.amount ?? view.quote?.total;
  return (
    <ScreenFrame view={view} isBusy={isBusy}>
      <div className={`illustration illustration--${view.screen}`} aria-hidden="true" />
      {view.screen === 'paying' && amount && (
        <p className="amount-due">
          {t('paying.amount')} <Money money={amount} />
        </p>
      )}
      {isBusy && <div className="spinner" role="progressbar" aria-label={t('common.please-wait')} />}
    </ScreenFrame>
  );
}
