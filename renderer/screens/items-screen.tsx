import type { ReactElement } from 'react';
import { useSend } from '../bridge/bridge-context';
import { Money } from '../components/money';
import { ScreenFrame } from '../components/screen-frame';
import { sumMoney } from '../i18n/format-money';
import { Txt, useKioskText } from '../i18n/use-kiosk-text';
import type { ScreenProps } from './screen-props';

/** Lines to pick (traffic violations and the like); the total of what is picked shows live. */
export function ItemsScreen({ view }: ScreenProps): ReactElement {
  const send = useSend();
  const { t } = useKioskText();
  const items = view.items ?? [];
  const selected = items.filter((item) => item.isSelected);
  const first = items[0];
  return (
    <ScreenFrame view={view}>
      <ul className="choice-list">
        {items.map((item) => (
          <li key={item.itemId}>
            <button type="button" className="button button--row button--toggle" data-action="item" data-item={item.itemId} data-control={`item-${item.itemId}`} aria-pressed={item.isSelected} onClick={() => send({ type: 'ITEM.TOGGLED', itemId: item.itemId })}>
              <span className="check" aria-hidden="true" />
              <span className="row__main">
                <Txt text={item.label} />
              </span>
              <span className="row__amount">
                <Money money={item.amount} />
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="actions">
        {first && (
          <p className="total" aria-live="polite">
            {t('items.selected-total', { count: selected.length })} <Money money={sumMoney(selected.map((item) => item.amount), first.amount)} />
          </p>
        )}
        <button type="button" className="button button--primary" data-action="confirm-items" data-control="confirm-items" disabled={selected.length === 0} onClick={() => send({ type: 'ITEMS.CONFIRMED' })}>
          {t('common.continue')}
        </button>
      </div>
    </ScreenFrame>
  );
}
