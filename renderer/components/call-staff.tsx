import type { ReactElement } from 'react';
import { useKioskText } from '../i18n/use-kiosk-text';

/** Every error offers staff help with a short code to read out (no personal data in it). */
export function CallStaff({ supportCode }: { readonly supportCode: string }): ReactElement {
  const { t } = useKioskText();
  return (
    <section className="call-staff" aria-labelledby="call-staff-title" data-support-code={supportCode}>
      <h2 id="call-staff-title" className="call-staff__title">
        {t('common.call-staff')}
      </h2>
      <p className="call-staff__text">{t('common.call-staff-code')}</p>
      <bdi dir="ltr" className="call-staff__code">
        {supportCode}
      </bdi>
    </section>
  );
}
