import type { ReactElement } from 'react';
import { useSend } from '../bridge/bridge-context';
import { ScreenFrame } from '../components/screen-frame';
import { Txt, useKioskText } from '../i18n/use-kiosk-text';
import type { ScreenProps } from './screen-props';

/**
 * An answer from the central (my requests, document checks). A row may offer an action (a kept
 * certificate: print it here); while it prints nothing else can be pressed, and the lead line
 * says printing, printed, or not printed (still kept for any other kiosk).
 */
export function InfoScreen({ view }: ScreenProps): ReactElement {
  const send = useSend();
  const { t } = useKioskText();
  const isPrinting = view.infoAction === 'printing';
  return (
    <ScreenFrame view={view} isBusy={isPrinting}>
      <dl className="info-list">
        {(view.info ?? []).map((row, index) => (
          <div key={index} className="info-list__row">
            <dt>
              <Txt text={row.label} />
            </dt>
            <dd>
              <Txt text={row.status} />
            </dd>
            {row.action && (
              <dd>
                <button type="button" className="button button--primary" data-action="info-reprint" data-control={`info-action-${index}`} disabled={isPrinting} onClick={() => send({ type: 'INFO.ACTION', index })}>
                  {t('info.reprint')}
                </button>
              </dd>
            )}
          </div>
        ))}
      </dl>
    </ScreenFrame>
  );
}
