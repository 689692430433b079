import type { ReactElement } from 'react';
import type { Money as MoneyValue } from '../../electron/bridge/contract';
import { formatMoney } from '../i18n/format-money';
import { useKioskText } from '../i18n/use-kiosk-text';

/** Amounts stay isolated from the surrounding text's direction. */
export function Money({ money }: { readonly money: MoneyValue }): ReactElement {
  const { language, formats } = useKioskText();
  return <bdi className="money">{formatMoney(money, language, formats)}</bdi>;
}

/** References, ID numbers, plates: left-to-right, isolated, never mirrored. */
export function Ltr({ children, className }: { readonly children: string; readonly className?: string }): ReactElement {
  return (
    <bdi dir="ltr" className={className ?? 'ltr-code'}>
      {children}
    </bdi>
  );
}
