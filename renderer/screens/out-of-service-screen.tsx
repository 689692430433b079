import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenFrame } from '../components/screen-frame';
import { useKioskText } from '../i18n/use-kiosk-text';
import type { ScreenProps } from './screen-props';
import './out-of-service.css';

/**
 * No one can sign in (the ID-card reader is gone): the kiosk says so in every language it
 * offers, all at once, so nobody waits for their own language to come round. It returns to
 * the attract screen by itself when the reader does.
 */
export function OutOfServiceScreen({ view }: ScreenProps): ReactElement {
  const { i18n } = useTranslation();
  const { t } = useKioskText();
  const others = view.languages.filter((language) => language !== view.language);
  return (
    <ScreenFrame view={view}>
      <div className="illustration illustration--out-of-service" aria-hidden="true" />
      {/* focusable: should the languages not fit, a keyboard or keypad can scroll them */}
      <ul className="out-of-service__languages" tabIndex={0} aria-label={t('out-of-service.title')}>
        {others.map((language) => {
          const say = i18n.getFixedT(language, 'screens');
          return (
            <li key={language} lang={language} dir={i18n.dir(language)} data-language={language}>
              <p className="out-of-service__title">{say('out-of-service.title')}</p>
              <p>{say('out-of-service.message')}</p>
            </li>
          );
        })}
      </ul>
    </ScreenFrame>
  );
}
