import type { ReactElement } from 'react';
import { useSend } from '../bridge/bridge-context';
import { ScreenFrame } from '../components/screen-frame';
import { localiseDigits } from '../i18n/formats';
import { useKioskText } from '../i18n/use-kiosk-text';
import type { ScreenProps } from './screen-props';

/** The PIN pad: the view holds the PIN's length only, so the screen can show dots only. */
export function PinScreen({ view }: ScreenProps): ReactElement {
  const send = useSend();
  const { t, language, formats } = useKioskText();
  const pin = view.pin ?? { length: 0, minLength: 4, maxLength: 8, keys: [1, 2, 3, 4, 5, 6, 7, 8, 9, 0] };
  const isWaiting = pin.waitSeconds !== undefined && pin.waitSeconds > 0;
  const digits = pin.keys.slice(0, 9);
  const last = pin.keys[9];
  const digitKey = (digit: number): ReactElement => (
    <button key={digit} type="button" className="pin-key" data-action="pin-digit" data-digit={digit} disabled={isWaiting || pin.length >= pin.maxLength} onClick={() => send({ type: 'PIN.DIGIT', digit })}>
      {/* the digit as the screen writes digits (Arabic-Indic when the config asks for them) */}
      {localiseDigits(String(digit), language, formats)}
    </button>
  );
  return (
    <ScreenFrame view={view}>
      <div className="pin">
        <div className="pin__status">
          <div className="pin__dots" role="status" aria-label={t('pin.entered', { count: pin.length })} dir="ltr">
            {Array.from({ length: Math.max(pin.length, pin.minLength) }, (_, index) => (
              <span key={index} className={index < pin.length ? 'pin__dot pin__dot--filled' : 'pin__dot'} />
            ))}
          </div>
          {isWaiting && <p className="pin__wait notice">{t('pin.wait', { count: pin.waitSeconds ?? 0 })}</p>}
        </div>
        {/* digit pads keep their layout in every language, as on phones and terminals */}
        <div className="pin__pad" dir="ltr">
          {digits.map(digitKey)}
          <button type="button" className="pin-key pin-key--erase" data-action="pin-erase" data-control="pin-erase" disabled={pin.length === 0} onClick={() => send({ type: 'PIN.ERASE' })}>
            <span lang={view.language} dir={view.direction}>{t('pin.erase')}</span>
          </button>
          {last !== undefined && digitKey(last)}
          <button type="button" className="pin-key pin-key--submit" data-action="pin-submit" data-control="pin-submit" disabled={isWaiting || pin.length < pin.minLength} onClick={() => send({ type: 'PIN.SUBMIT' })}>
            <span lang={view.language} dir={view.direction}>{t('pin.submit')}</span>
          </button>
        </div>
      </div>
    </ScreenFrame>
  );
}
