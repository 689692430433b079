import type { ReactElement } from 'react';
import type { View } from '../../electron/bridge/contract';
import { useSend } from '../bridge/bridge-context';
import { Txt, useKioskText } from '../i18n/use-kiosk-text';

type Delivery = NonNullable<View['receiptDelivery']>;

/**
 * The receipt that did not print, sent instead to the phone or e-mail the central holds. The
 * contacts come masked; one button per channel, replaced by a line once that send is done.
 */
export function ReceiptDelivery({ delivery }: { readonly delivery: Delivery }): ReactElement {
  const send = useSend();
  const { t } = useKioskText();
  const hasFailed = delivery.channels.some((channel) => channel.status === 'failed');
  return (
    <div className="receipt-delivery" aria-live="polite" aria-busy={delivery.isLooking}>
      {/* a failed send says so where the offer's title was: the screen keeps its height */}
      {hasFailed ? (
        <p className="receipt-delivery__failed" role="alert">
          {t('take-card.send-failed')}
        </p>
      ) : (
        delivery.channels.length > 0 && <p className="receipt-delivery__title">{t('take-card.send-title')}</p>
      )}
      <div className="receipt-delivery__channels">
        {delivery.channels.map(({ channel, contact, status }) =>
          status === 'sent' ? (
            <p key={channel} className="receipt-delivery__sent" data-sent={channel}>
              <Txt text={{ key: `screens:take-card.sent-${channel}`, values: { contact } }} />
            </p>
          ) : (
            <button key={channel} type="button" className="button button--secondary" data-action="receipt-send" data-channel={channel} data-control={`receipt-send-${channel}`} disabled={status === 'sending'} onClick={() => send({ type: 'RECEIPT.SEND', channel })}>
              {status === 'sending' ? t('take-card.sending') : <Txt text={{ key: `screens:take-card.send-${channel}`, values: { contact } }} />}
            </button>
          ),
        )}
      </div>
    </div>
  );
}
