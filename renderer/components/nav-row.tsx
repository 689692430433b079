import type { ReactElement } from 'react';
import type { View } from '../../electron/bridge/contract';
import { useSend } from '../bridge/bridge-context';
import { useKioskText } from '../i18n/use-kiosk-text';

/** Back, Help and Cancel, each only where the view says it applies. */
export function NavRow({ view }: { readonly view: View }): ReactElement | null {
  const send = useSend();
  const { t } = useKioskText();
  if (!view.canGoBack && !view.canCancel && !view.hasHelp) return null;
  return (
    <nav className="nav-row" aria-label={t('common.navigation')}>
      {view.canGoBack && (
        <button type="button" className="button button--secondary nav-row__back" data-action="back" onClick={() => send({ type: 'BACK' })}>
          <span className="icon icon--back" aria-hidden="true" />
          {t('common.back')}
        </button>
      )}
      {view.hasHelp && (
        <button type="button" className="button button--secondary" data-action="help" onClick={() => send({ type: 'HELP' })}>
          {t('common.help')}
        </button>
      )}
      {view.canCancel && (
        <button type="button" className="button button--quiet nav-row__cancel" data-action="cancel" onClick={() => send({ type: 'CANCEL' })}>
          {t('common.cancel')}
        </button>
      )}
    </nav>
  );
}
