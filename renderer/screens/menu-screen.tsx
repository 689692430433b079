import type { ReactElement } from 'react';
import { useSend } from '../bridge/bridge-context';
import { ScreenFrame } from '../components/screen-frame';
import { Txt } from '../i18n/use-kiosk-text';
import type { ScreenProps } from './screen-props';

/** The services on offer; one that is off says why rather than disappearing. */
export function MenuScreen({ view }: ScreenProps): ReactElement {
  const send = useSend();
  return (
    <ScreenFrame view={view}>
      <ul className="service-grid">
        {(view.menu ?? []).map((entry) => (
          <li key={entry.serviceId}>
            <button
              type="button"
              className="button button--service"
              data-action="service"
              data-service={entry.serviceId}
              data-control={`service-${entry.serviceId}`}
              disabled={!entry.isAvailable}
              aria-describedby={entry.reason ? `reason-${entry.serviceId}` : undefined}
              onClick={() => send({ type: 'SERVICE.CHOSEN', serviceId: entry.serviceId })}
            >
              <span className="button__title">
                <Txt text={entry.title} />
              </span>
              {entry.reason && (
                <span id={`reason-${entry.serviceId}`} className="button__note">
                  <Txt text={entry.reason} />
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </ScreenFrame>
  );
}
