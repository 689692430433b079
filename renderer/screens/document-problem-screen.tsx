import type { ReactElement } from 'react';
import { useSend } from '../bridge/bridge-context';
import { Ltr } from '../components/money';
import { ScreenFrame } from '../components/screen-frame';
import { useKioskText } from '../i18n/use-kiosk-text';
import type { ScreenProps } from './screen-props';

/**
 * A paid certificate did not come out of the A4 printer: why, that it is kept under its number
 * (paid, nothing lost), and the person's choice: wait while staff reload paper or clear a jam,
 * print it later with the code on the receipt, or have it posted. While the kiosk waits for the
 * printer, the one thing offered is to stop waiting.
 */
export function DocumentProblemScreen({ view }: ScreenProps): ReactElement {
  const send = useSend();
  const { t } = useKioskText();
  const problem = view.documentProblem;
  return (
    <ScreenFrame view={view} isBusy={problem?.isWaiting === true}>
      {problem && (
        <div className="document-problem">
          <section className="receipt-summary" aria-labelledby="document-problem-reason">
            <p id="document-problem-reason" className="notice" role="alert">
              {t(`documents:printer-problem.${problem.reason}`)}
            </p>
            <p>{t('documents:printer-problem.kept')}</p>
            <dl className="info-list">
              {problem.documentId && (
                <div className="info-list__row">
                  <dt>{t('document-problem.document-number')}</dt>
                  <dd>
                    <Ltr className="ltr-code reference">{problem.documentId}</Ltr>
                  </dd>
                </div>
              )}
              <div className="info-list__row">
                <dt>{t('common.reference')}</dt>
                <dd>
                  <Ltr className="ltr-code">{problem.reference}</Ltr>
                </dd>
              </div>
            </dl>
            <p aria-live="polite">{t(problem.isWaiting ? 'document-problem.waiting' : problem.isWaitOver ? 'document-problem.wait-over' : 'documents:printer-problem.choose')}</p>
          </section>
          <div className="document-problem__choices">
            {problem.isWaiting ? (
              <button type="button" className="button button--secondary" data-action="document-stop-waiting" data-control="document-stop-waiting" onClick={() => send({ type: 'DOCUMENT.STOP_WAITING' })}>
                {t('document-problem.stop-waiting')}
              </button>
            ) : (
              problem.actions.map((action) => (
                <button key={action} type="button" className={`button ${action === 'wait' ? 'button--primary' : 'button--secondary'}`} data-action={`document-${action}`} data-control={`document-${action}`} onClick={() => send({ type: 'DOCUMENT.CHOSEN', choice: action })}>
                  {t(`documents:printer-problem.action.${action}`)}
                </button>
              ))
            )}
          </div>
        </div>
      )}
    </ScreenFrame>
  );
}
