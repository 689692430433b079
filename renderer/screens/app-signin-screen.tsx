import type { ReactElement } from 'react';
import { QrCode } from '../components/qr-code';
import { ScreenFrame } from '../components/screen-frame';
import { Txt, useKioskText } from '../i18n/use-kiosk-text';
import type { ScreenProps } from './screen-props';

/** Sign in with the ministry's app: a one-time code to scan, or why it is not offered now. */
export function AppSigninScreen({ view }: ScreenProps): ReactElement {
  const { t } = useKioskText();
  const signIn = view.appSignIn;
  return (
    <ScreenFrame view={view} isBusy={signIn?.isAvailable === true && !signIn.qrText}>
      {signIn?.reason && (
        <p className="notice">
          <Txt text={signIn.reason} />
        </p>
      )}
      {signIn?.qrText ? (
        <div className="app-signin">
          <QrCode text={signIn.qrText} label={t('app-signin.qr-label')} />
          {signIn.secondsLeft !== undefined && <p className="app-signin__expiry">{t('app-signin.expires', { count: signIn.secondsLeft })}</p>}
        </div>
      ) : (
        signIn?.isAvailable && <div className="spinner" role="progressbar" aria-label={t('common.please-wait')} />
      )}
    </ScreenFrame>
  );
}
