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
      <button type="button" className="attract__start" data-action="start" data-control="start" onClick={() => send({ type: 'START' })}>
        {view.languages.map((language) => (
          <span key={language} lang={language} dir={i18n.dir(language)} className={language === view.language ? 'attract__label attract__label--main' : 'attract__label'}>
            {i18n.getFixedT(language, 'screens')('attract.start')}
          </span>
        ))}
      </button>
      {/* the other ways in share one row, so the start target keeps the screen */}
      <div className="attract__actions">
        <div className="attract__secondary">
          {/* audio guidance, for a person who cannot see the screen (also: any keypad key, or headphones) */}
          <button type="button" className="button button--secondary attract__audio" data-action="audio" data-control="audio" aria-pressed={view.a11y?.isSpeechOn === true} onClick={() => send({ type: 'A11Y.SET', settings: { isSpeechOn: view.a11y?.isSpeechOn !== true } })}>
            <span className="icon icon--speaker" aria-hidden="true" />
            {t('accessibility:audio.button')}
          </button>
        </div>
        {view.appSignIn && (
          <div className="attract__secondary">
            <button type="button" className="button button--secondary" data-action="app-signin" data-control="app-signin" disabled={!view.appSignIn.isAvailable} onClick={() => send({ type: 'APP.SIGNIN' })}>
              {t('attract.app-signin')}
            </button>
            {view.appSignIn.reason && (
              <span className="button__note">
                <Txt text={view.appSignIn.reason} />
              </span>
            )}
          </div>
        )}
        {view.documentCheck && (
          <div className="attract__secondary">
            <button type="button" className="button button--secondary" data-action="verify" data-control="verify" disabled={!view.documentCheck.isAvailable} onClick={() => send({ type: 'VERIFY.START' })}>
              {t('attract.verify')}
            </button>
            {view.documentCheck.reason && (
              <span className="button__note">
                <Txt text={view.documentCheck.reason} />
              </span>
            )}
          </div>
        )}
      </div>
    </ScreenFrame>
  );
}
