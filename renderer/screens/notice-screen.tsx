import type { ReactElement } from 'react';
import { useSend } from '../bridge/bridge-context';
import { ScreenFrame } from '../components/screen-frame';
import { useKioskText } from '../i18n/use-kiosk-text';
import type { ScreenProps } from './screen-props';

// Which end-of-road screens offer a way on, and which event it sends.
const actions: Partial<Record<ScreenProps['view']['screen'], { readonly label: string; readonly event: 'DONE' | 'RETRY' }>> = {
  'card-blocked': { label: 'common.finish', event: 'DONE' },
  error: { label: 'common.finish', event: 'DONE' },
  'payment-failed': { label: 'payment-failed.retry', event: 'RETRY' },
};

/** Screens that tell something and wait: ineligible, blocked card, failed payment, errors, goodbyes. */
export function NoticeScreen({ view }: ScreenProps): ReactElement {
  const send = useSend();
  const { t } = useKioskText();
  const action = actions[view.screen];
  return (
    <ScreenFrame view={view}>
      <div className={`illustration illustration--${view.screen}`} aria-hidden="true" />
      {action && (
        <div className="actions">
          <button type="button" className="button button--primary" data-action={action.event.toLowerCase()} data-control={action.event.toLowerCase()} onClick={() => send({ type: action.event })}>
            {t(action.label)}
          </button>
        </div>
      )}
    </ScreenFrame>
  );
}
