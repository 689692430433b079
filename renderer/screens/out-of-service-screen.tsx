import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenFrame } from '../components/screen-frame';
import type { ScreenProps } from './screen-props';
import './out-of-service.css';

/**
 * No one can sign in (the ID-card reader is gone): the kiosk says so in every language it
 * offers, all at once, so nobody waits for their own language to come round. It returns to
 * the attract screen by itself when the reader does.
 */
export function OutOfServiceScreen({ view }: ScreenProps): ReactElement {
  const { i18n } = useTranslation();
  const others = view.languages.filter((language) => language !== view.language);
  return (
    <ScreenFrame view={view}>
      <div className="illustration illustration--out-of-service" aria-hidden="true" />
      <ul className="out-of-service__languages">
        {others.map((language) => {
          const t = i18n.getFixedT(language, 'screens');
          return (
            <li key={language} lang={language} dir={i18n.dir(language)} data-language={language}>
              <p className="out-of-service__title">{t('out-of-service.title')}</p>
              <p>{t('out-of-service.message')}</p>
            </li>
          );
        })}
      </ul>
    </ScreenFrame>
  );
}
