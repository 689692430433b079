import { useEffect, useState, type ReactElement } from 'react';
import { QrCode } from '../components/qr-code';
import { ScreenFrame } from '../components/screen-frame';
import { Txt, useKioskText } from '../i18n/use-kiosk-text';
import type { ScreenProps } from './screen-props';

/**
 * Counts the code's validity down on screen. The view says how long a code lives when it is
 * shown; ticking each second here spares the core a view per second. A new code restarts it.
 */
function useSecondsLeft(qrText: string | undefined, secondsAtShow: number | undefined): number | undefined {
  const [secondsLeft, setSecondsLeft] = useState(secondsAtShow);
  useEffect(() => {
    setSecondsLeft(secondsAtShow);
    if (qrText === undefined || secondsAtShow === undefined) return undefined;
    const timer = window.setInterval(() => setSecondsLeft((left) => (left === undefined ? left : Math.max(0, left - 1))), 1000);
    return () => window.clearInterval(timer);
  }, [qrText, secondsAtShow]);
  return secondsLeft;
}

/** Sign in with the ministry's app: a one-time code to scan, or why it is not offered now. */
export function AppSigninScreen({ view }: ScreenProps): ReactElement {
  const { t } = useKioskText();
  const signIn = view.appSignIn;
  const secondsLeft = useSecondsLeft(signIn?.qrText, signIn?.secondsLeft);
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
          {secondsLeft !== undefined && (
            <p className="app-signin__expiry" aria-live="off">
              {t('app-signin.expires', { count: secondsLeft })}
            </p>
          )}
        </div>
      ) : (
        signIn?.isAvailable && <div className="spinner" role="progressbar" aria-label={t('common.please-wait')} />
      )}
    </ScreenFrame>
  );
}
