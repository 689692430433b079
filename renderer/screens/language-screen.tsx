import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useSend } from '../bridge/bridge-context';
import { ScreenFrame } from '../components/screen-frame';
import type { ScreenProps } from './screen-props';

/** Each language is named in itself, so a reader finds theirs whatever is on screen now. */
export function LanguageScreen({ view }: ScreenProps): ReactElement {
  const send = useSend();
  const { i18n } = useTranslation();
  return (
    <ScreenFrame view={view}>
      <div className="choice-grid">
        {view.languages.map((language) => (
          <button
            key={language}
            type="button"
            className="button button--choice language-choice"
            data-action="language"
            data-language={language}
            data-control={`language-${language}`}
            lang={language}
            dir={i18n.dir(language)}
            onClick={() => send({ type: 'LANGUAGE.CHOSEN', language })}
          >
            {i18n.getFixedT(language, 'screens')('self-name')}
          </button>
        ))}
      </div>
    </ScreenFrame>
  );
}
