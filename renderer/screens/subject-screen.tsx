import type { ReactElement } from 'react';
import { useSend } from '../bridge/bridge-context';
import { Ltr } from '../components/money';
import { ScreenFrame } from '../components/screen-frame';
import { Txt } from '../i18n/use-kiosk-text';
import type { ScreenProps } from './screen-props';

/** Whom the service is for: the holder or someone they sponsor. */
export function SubjectScreen({ view }: ScreenProps): ReactElement {
  const send = useSend();
  return (
    <ScreenFrame view={view}>
      <ul className="choice-list">
        {(view.subjects ?? []).map((subject) => (
          <li key={subject.index}>
            <button type="button" className="button button--row" data-action="subject" data-index={subject.index} data-control={`subject-${subject.index}`} onClick={() => send({ type: 'SUBJECT.CHOSEN', index: subject.index })}>
              <span className="row__main">
                <bdi>{subject.name}</bdi>
              </span>
              <span className="row__side">
                <Txt text={subject.relation} /> · <Ltr>{subject.idMasked}</Ltr>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </ScreenFrame>
  );
}
