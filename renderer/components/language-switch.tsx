// Changing language during a session (a person signed in with the app never saw the language
// screen; a family member may take over): the nav row's button names the language in use in
// its own script, and opens a list of the offered languages, each written in itself so a
// reader finds theirs whatever the screen shows now. The core keeps whether the list is open
// (view.languageSwitch), so the keypad reaches it too; data-control ids match the core's
// language controls (electron/keypad/language-controls.ts).
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { View } from '../../electron/bridge/contract';
import { useSend } from '../bridge/bridge-context';
import { useKioskText } from '../i18n/use-kiosk-text';

/** Each language's name, in that language. */
function useSelfName(): (language: string) => string {
  const { i18n } = useTranslation();
  return (language) => i18n.getFixedT(language, 'screens')('self-name');
}

export function LanguageButton({ view }: { readonly view: View }): ReactElement | null {
  const send = useSend();
  const { t } = useKioskText();
  const selfName = useSelfName();
  if (!view.languageSwitch) return null;
  return (
    <button
      type="button"
      className="button button--secondary nav-row__language"
      data-action="language-switch"
      data-control="language-switch"
      // said whole ("Language: English"); the visible name is part of it (WCAG 2.5.3)
      aria-label={t('accessibility:language.button')}
      onClick={() => send({ type: 'LANGUAGE.MENU', isOpen: true })}
    >
      {selfName(view.language)}
    </button>
  );
}

export function LanguageOverlay({ view }: { readonly view: View }): ReactElement {
  const send = useSend();
  const { t } = useKioskText();
  const { i18n } = useTranslation();
  const selfName = useSelfName();
  return (
    <div className="overlay overlay--language" data-overlay="language" role="dialog" aria-modal="true" aria-labelledby="language-title">
      <div className="overlay__panel">
        <h2 id="language-title" className="overlay__title">
          {t('accessibility:language.title')}
        </h2>
        <div className="language-switch__list" role="radiogroup" aria-labelledby="language-title">
          {view.languages.map((language) => (
            <button
              key={language}
              type="button"
              role="radio"
              aria-checked={language === view.language}
              className="button button--choice language-switch__choice"
              data-action="switch-language"
              data-language={language}
              data-control={`switch-language-${language}`}
              lang={language}
              dir={i18n.dir(language)}
              onClick={() => send({ type: 'LANGUAGE.CHOSEN', language })}
            >
              {selfName(language)}
            </button>
          ))}
        </div>
        <button type="button" className="button button--primary" data-action="close-language" data-control="close-language" onClick={() => send({ type: 'LANGUAGE.MENU', isOpen: false })}>
          {t('accessibility:language.close')}
        </button>
      </div>
    </div>
  );
}
