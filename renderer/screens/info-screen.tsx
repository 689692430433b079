import type { ReactElement } from 'react';
import { ScreenFrame } from '../components/screen-frame';
import { Txt } from '../i18n/use-kiosk-text';
import type { ScreenProps } from './screen-props';

/** A read-only answer from the central (my requests, document checks). */
export function InfoScreen({ view }: ScreenProps): ReactElement {
  return (
    <ScreenFrame view={view}>
      <dl className="info-list">
        {(view.info ?? []).map((row, index) => (
          <div key={index} className="info-list__row">
            <dt>
              <Txt text={row.label} />
            </dt>
            <dd>
              <Txt text={row.status} />
            </dd>
          </div>
        ))}
      </dl>
    </ScreenFrame>
  );
}
