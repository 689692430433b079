// The small upkeep pages: paper roll, readiness report, diagnostics bundle, restart.
import type { ReactElement } from 'react';
import { useSend } from '../bridge/bridge-context';
import type { TechPageProps } from './tech-page-props';
import { DeviceLabel, TechTxt, useTechText } from './tech-text';

export function PaperPage({ tech }: TechPageProps): ReactElement {
  const send = useSend();
  const { tt } = useTechText();
  const paper = tech.paper;
  return (
    <>
      {paper && (
        <dl className="info-list">
          <div className="info-list__row" data-paper="printed">
            <dt>{tt('paper.printed')}</dt>
            <dd>{paper.printed}</dd>
          </div>
          <div className="info-list__row">
            <dt>{tt('paper.left')}</dt>
            <dd>{Math.max(0, paper.perRoll - paper.printed)}</dd>
          </div>
          <div className="info-list__row">
            <dt>{tt('paper.since')}</dt>
            <dd className="ltr-code">{paper.since}</dd>
          </div>
        </dl>
      )}
      <div className="actions">
        <button type="button" className="button button--primary" data-action="tech-paper-reset" data-control="tech-paper-reset" disabled={tech.isBusy} onClick={() => send({ type: 'TECH.PAPER_RESET' })}>
          {tt('paper.reset')}
        </button>
      </div>
    </>
  );
}

export function ReadinessPage({ tech }: TechPageProps): ReactElement {
  const send = useSend();
  const { tt } = useTechText();
  const report = tech.readiness;
  return (
    <>
      {report && (
        <>
          <ul className="choice-list" aria-label={tt('readiness.title')}>
            {report.checks.map((check) => (
              <li key={check.role} className={`tech-check health--${check.level}`} data-check={check.role} data-level={check.level}>
                <strong>{tt(`role.${check.role}`)}</strong>: {tt(`health.${check.level}`)} · <TechTxt text={check.detail} />
              </li>
            ))}
          </ul>
          <p data-readiness-printed={report.isPrinted}>{tt(report.isPrinted ? 'readiness.printed' : 'readiness.not-printed')}</p>
          <p>
            {tt('saved-as')} <DeviceLabel label={report.savedAs} />
          </p>
        </>
      )}
      <div className="actions">
        <button type="button" className="button button--primary" data-action="tech-readiness" data-control="tech-readiness" disabled={tech.isBusy} onClick={() => send({ type: 'TECH.READINESS' })}>
          {tt('readiness.run')}
        </button>
      </div>
    </>
  );
}

export function DiagnosticsPage({ tech }: TechPageProps): ReactElement {
  const send = useSend();
  const { tt } = useTechText();
  return (
    <>
      {tech.diagnostics && (
        <p data-diagnostics={tech.diagnostics.savedAs}>
          {tt('saved-as')} <DeviceLabel label={tech.diagnostics.savedAs} /> ({tt('diagnostics.bytes', { count: tech.diagnostics.bytes })})
        </p>
      )}
      <div className="actions">
        <button type="button" className="button button--primary" data-action="tech-export" data-control="tech-export" disabled={tech.isBusy} onClick={() => send({ type: 'TECH.EXPORT' })}>
          {tt('diagnostics.export')}
        </button>
      </div>
    </>
  );
}

export function RestartPage({ tech }: TechPageProps): ReactElement {
  const send = useSend();
  const { tt } = useTechText();
  return (
    <>
      <p>{tt('restart.warning')}</p>
      <div className="actions">
        <button type="button" className="button button--primary" data-action="tech-restart" data-control="tech-restart" disabled={tech.isBusy} onClick={() => send({ type: 'TECH.RESTART' })}>
          {tt('restart.confirm')}
        </button>
      </div>
    </>
  );
}
