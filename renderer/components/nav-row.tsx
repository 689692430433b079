import type { ReactElement } from 'react';
import type { View } from '../../electron/bridge/contract';
import { useSend } from '../bridge/bridge-context';
import { useKioskText } from '../i18n/use-kiosk-text';
import { LanguageButton } from './language-switch';

/** Back, Help and Cancel, each only where the view says it applies; accessibility settings always. */
export function NavRow({ view }: { readonly view: View }): ReactElement | null {
  const send = useSend();
  const { t } = useKioskText();
  // out of service nobody can be served: the screen keeps its room for every language
  const hasSettings = (view.screen as string) !== 'out-of-service';
  if (!view.canGoBack && !view.canCancel && !view.hasHelp && !hasSettings) return null;
  return (
    <nav className="nav-row" aria-label={t('common.navigation')}>
      {view.canGoBack && (
        <button type="button" className="button button--secondary nav-row__back" data-action="back" data-control="back" onClick={() => send({ type: 'BACK' })}>
          <span className="icon icon--back" aria-hidden="true" />
          {t('common.back')}
        </button>
      )}
      {view.hasHelp && (
        <button type="button" className="button button--secondary" data-action="help" data-control="help" onClick={() => send({ type: 'HELP' })}>
          {t('common.help')}
        </button>
      )}
      {view.canCancel && (
        <button type="button" className="button button--quiet nav-row__cancel" data-action="cancel" data-control="cancel" onClick={() => send({ type: 'CANCEL' })}>
          {t('common.cancel')}
        </button>
      )}
      <LanguageButton view={view} />
      {hasSettings && (
        <button type="button" className="button button--secondary nav-row__settings" data-action="settings" data-control="settings" onClick={() => send({ type: 'A11Y.SET', settings: { isMenuOpen: true } })}>
          <span className="icon icon--settings" aria-hidden="true" />
          {t('accessibility:settings.open')}
        </button>
      )}
    </nav>
  );
}
