import type { ReactElement } from 'react';
import { useSend } from '../bridge/bridge-context';
import { Money } from '../components/money';
import { ScreenFrame } from '../components/screen-frame';
import { Txt, useKioskText } from '../i18n/use-kiosk-text';
import type { ScreenProps } from './screen-props';

/** The central's quote: every line, the total, and the one action that takes money (or, with nothing to pay, sends the request). */
export function ReviewScreen({ view }: ScreenProps): ReactElement {
  const send = useSend();
  const { t } = useKioskText();
  const quote = view.quote;
  const isFree = quote?.total.amountMinor === 0;
  return (
    <ScreenFrame view={view}>
      {quote && (
        <table className="quote">
          <tbody>
            {quote.lines.map((line, index) => (
              <tr key={index}>
                <th scope="row">
                  <Txt text={line.label} />
                </th>
                <td>
                  <Money money={line.amount} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('common.total')}</th>
              <td data-total>
                <Money money={quote.total} />
              </td>
            </tr>
          </tfoot>
        </table>
      )}
      <div className="actions">
        <button type="button" className="button button--primary" data-action="pay" data-control="pay" disabled={!quote} onClick={() => send({ type: 'PAY.CONFIRMED' })}>
          {isFree ? (
            t('review.submit')
          ) : quote ? (
            <>
              {t('review.pay')} <Money money={quote.total} />
            </>
          ) : (
            t('review.pay')
          )}
        </button>
      </div>
    </ScreenFrame>
  );
}
