import type { ReactElement } from 'react';
import { useSend } from '../bridge/bridge-context';
import { useKioskText } from '../i18n/use-kiosk-text';

/** The inactivity warning: one large action to extend, repeatable, and one to finish now. */
export function TimeoutWarning({ secondsLeft }: { readonly secondsLeft: number }): ReactElement {
  const send = useSend();
  const { t } = useKioskText();
  return (
    <div className="overlay" data-overlay="timeout-warning" role="alertdialog" aria-modal="true" aria-labelledby="timeout-title" aria-describedby="timeout-text">
      <div className="overlay__panel">
        <h2 id="timeout-title" className="overlay__title">
          {t('timeout.title')}
        </h2>
        <p id="timeout-text" className="overlay__text" aria-live="polite">
          {t('timeout.message', { count: secondsLeft })}
        </p>
        <div className="overlay__actions">
          <button type="button" className="button button--primary" data-action="more-time" data-control="more-time" onClick={() => send({ type: 'MORE_TIME' })}>
            {t('timeout.more-time')}
          </button>
          <button type="button" className="button button--quiet" data-action="end-session" data-control="end-session" onClick={() => send({ type: 'CANCEL' })}>
            {t('timeout.end-now')}
          </button>
        </div>
      </div>
    </div>
  );
}
