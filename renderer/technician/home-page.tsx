import type { ReactElement } from 'react';
import { useSend } from '../bridge/bridge-context';
import type { TechPageProps } from './tech-page-props';
import { useTechText } from './tech-text';

const pages = ['devices', 'outbox', 'logs', 'paper', 'readiness', 'diagnostics', 'restart'] as const;

/** What a technician can do, one large target each. */
export function HomePage({ tech }: TechPageProps): ReactElement {
  const send = useSend();
  const { tt } = useTechText();
  return (
    <>
      <p className="tech__status" data-tech="status">
        {tt('home.revision', { revision: tech.revision })} · {tt('home.failed-entries', { count: tech.failedEntries })}
      </p>
      <ul className="tech-grid">
        {pages.map((page) => (
          <li key={page}>
            <button type="button" className="button button--service" data-action="tech-open" data-page={page} data-control={`tech-open-${page}`} onClick={() => send({ type: 'TECH.OPEN', page })}>
              <span className="button__title">{tt(`${page}.title`)}</span>
              <span className="button__note">{tt(`${page}.summary`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
