import type { ReactElement } from 'react';
import type { TechPageProps } from './tech-page-props';
import { useTechText } from './tech-text';

/** The last 200 log lines, newest last. The core already dropped every personal field. */
export function LogsPage({ tech }: TechPageProps): ReactElement {
  const { tt } = useTechText();
  const lines = tech.logs ?? [];
  return (
    <>
      <p>{tt('logs.count', { count: lines.length })}</p>
      {/* a scrolling list must take focus so a keypad or keyboard can scroll it too */}
      <ol className="tech-log" dir="ltr" tabIndex={0} aria-label={tt('logs.title')}>
        {lines.map((line, index) => (
          <li key={index} className={`tech-log__line tech-log__line--${line.level}`} data-log-event={line.event}>
            <span className="tech-log__time">{line.time}</span> <span className="tech-log__level">{line.level}</span> <strong>{line.event}</strong> <span>{line.detail}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
