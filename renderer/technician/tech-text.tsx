// Text for technician mode, from locales/<lang>/technician.json. Keys in the view are bare
// ("notice.saved"); the namespace is added here. Device names and paths are shown as they are.
import type { ReactElement } from 'react';
import { isolateValues, useKioskText } from '../i18n/use-kiosk-text';

export interface TechTextValue {
  readonly key: string;
  readonly values: Readonly<Record<string, string | number>>;
}

export function useTechText(): { tt(key: string, values?: Readonly<Record<string, string | number>>): string; hasKey(key: string): boolean } {
  const kiosk = useKioskText();
  return {
    tt: (key, values = {}) => kiosk.t(`technician:${key}`, isolateValues(values)),
    hasKey: (key) => kiosk.has(`technician:${key}`),
  };
}

/** A view text in the technician namespace; a key the language lacks is marked for tests. */
export function TechTxt({ text }: { readonly text: TechTextValue }): ReactElement {
  const { tt, hasKey } = useTechText();
  const shown = tt(text.key, text.values);
  return hasKey(text.key) ? <>{shown}</> : <span data-missing-key={`technician:${text.key}`}>{shown}</span>;
}

/** A device-reported reason (`paper-out`, `pcscd-unavailable`): in words when known, else the code itself. */
export function Reason({ reason }: { readonly reason: string }): ReactElement | null {
  const { tt, hasKey } = useTechText();
  if (reason === '') return null;
  const key = `reason.${reason}`;
  return hasKey(key) ? <>{tt(key)}</> : <bdi dir="ltr" className="ltr-code">{reason}</bdi>;
}

/** A device label (reader name, host:port, /dev path) is data, always left to right. */
export function DeviceLabel({ label }: { readonly label: string }): ReactElement {
  return (
    <bdi dir="ltr" className="ltr-code">
      {label}
    </bdi>
  );
}
