import type { ReactElement } from 'react';
import type { View } from '../../electron/bridge/contract';
import { useSend } from '../bridge/bridge-context';
import { useKioskText } from '../i18n/use-kiosk-text';

/** Help for the screen underneath: what it asks and what to do next. */
export function HelpOverlay({ view }: { readonly view: View }): ReactElement {
  const send = useSend();
  const kiosk = useKioskText();
  // the core names the topic when the screen's own help would not fit (a review with nothing to pay)
  const topic = view.helpTopic ?? view.screen;
  const key = kiosk.has(`help.${topic}`) ? `help.${topic}` : 'help.default';
  return (
    <div className="overlay" data-overlay="help" role="dialog" aria-modal="true" aria-labelledby="help-title">
      <div className="overlay__panel">
        <h2 id="help-title" className="overlay__title">
          {kiosk.t('help.title')}
        </h2>
        <p className="overlay__text">{kiosk.t(key)}</p>
        <p className="overlay__text">{kiosk.t('help.staff')}</p>
        <button type="button" className="button button--primary" data-action="close-help" data-control="close-help" onClick={() => send({ type: 'HELP.CLOSED' })}>
          {kiosk.t('help.close')}
        </button>
      </div>
    </div>
  );
}
