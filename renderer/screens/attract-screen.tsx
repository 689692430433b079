import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useSend } from '../bridge/bridge-context';
import { ScreenFrame } from '../components/screen-frame';
import { Txt, useKioskText } from '../i18n/use-kiosk-text';
import type { ScreenProps } from './screen-props';

/** The idle screen: one large target, its label in every offered language. */
export function AttractScreen({ view }: ScreenProps): ReactElement {
  const send = useSend();
  const { i18n } = useTranslation();
  const { t } = useKioskText();
  return (
    <ScreenFrame view={view}>
      <button type="button" className="attract__start" data-action="start" onClick={() => send({ type: 'START' })}>
        {view.languages.map((language) => (
          <span key={language} lang={language} dir={i18n.dir(language)} className={language === view.language ? 'attract__label attract__label--main' : 'attract__label'}>
            {i18n.getFixedT(language, 'screens')('attract.start')}
          </span>
        ))}
      </button>
      {view.appSignIn && (
        <div className="attract__secondary">
          <button type="button" className="button button--secondary" data-action="app-signin" disabled={!view.appSignIn.isAvailable} onClick={() => send({ type: 'APP.SIGNIN' })}>
            {t('attract.app-signin')}
          </button>
          {view.appSignIn.reason && (
            <span className="button__note">
              <Txt text={view.appSignIn.reason} />
            </span>
          )}
        </div>
      )}
    </ScreenFrame>
  );
}
