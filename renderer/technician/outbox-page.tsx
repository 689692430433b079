import type { ReactElement } from 'react';
import { useSend } from '../bridge/bridge-context';
import type { TechPageProps } from './tech-page-props';
import { useTechText } from './tech-text';

const states = ['pending', 'paid', 'synced', 'voided', 'dead'] as const;

/** The outbox at a glance: rows per state, the oldest waiting, rows the central refused. */
export function OutboxPage({ tech }: TechPageProps): ReactElement {
  const send = useSend();
  const { tt } = useTechText();
  const outbox = tech.outbox;
  return (
    <>
      {outbox && !outbox.isAvailable && <p className="notice">{tt('outbox.unavailable')}</p>}
      {outbox?.salvage.map((file) => (
        <section key={file.file} className="notice" role="alert" data-salvage={file.file}>
          <h2>{tt('outbox.salvage.title')}</h2>
          <p className="ltr-code">{tt('outbox.salvage.file', { file: file.file })}</p>
          <p data-salvage-imported={file.imported}>{tt('outbox.salvage.imported', { count: file.imported })}</p>
          {file.isCountKnown ? <p data-salvage-lost={file.lost}>{tt('outbox.salvage.lost', { count: file.lost })}</p> : <p data-salvage-lost="unknown">{tt('outbox.salvage.unknown-count')}</p>}
          {file.lostSeqs.length > 0 && <p className="ltr-code">{tt('outbox.salvage.seqs', { seqs: file.lostSeqs.join(', ') })}</p>}
          <p>{tt('outbox.salvage.payments-stopped')}</p>
        </section>
      ))}
      {outbox && (
        <dl className="info-list tech-counts">
          {states.map((state) => (
            <div key={state} className="info-list__row" data-count={state}>
              <dt>{tt(`outbox.state.${state}`)}</dt>
              <dd>{outbox.counts[state] ?? 0}</dd>
            </div>
          ))}
          <div className="info-list__row">
            <dt>{tt('outbox.oldest-pending')}</dt>
            <dd className="ltr-code">{outbox.oldestPendingAt ?? '–'}</dd>
          </div>
          <div className="info-list__row">
            <dt>{tt('outbox.oldest-unsynced')}</dt>
            <dd className="ltr-code">{outbox.oldestUnsyncedAt ?? '–'}</dd>
          </div>
        </dl>
      )}
      {outbox && outbox.dead.length > 0 && (
        <table className="tech-table" aria-label={tt('outbox.dead')}>
          <thead>
            <tr>
              <th scope="col">{tt('outbox.reference')}</th>
              <th scope="col">{tt('outbox.service')}</th>
              <th scope="col">{tt('outbox.reason')}</th>
              <th scope="col">{tt('outbox.attempts')}</th>
            </tr>
          </thead>
          <tbody>
            {outbox.dead.map((row) => (
              <tr key={row.reference} data-dead={row.reference}>
                <td className="ltr-code">{row.reference}</td>
                <td className="ltr-code">{row.serviceId}</td>
                <td className="ltr-code">{row.reason}</td>
                <td>{row.attempts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="actions">
        {outbox && outbox.salvage.length > 0 && (
          <button type="button" className="button button--primary" data-action="tech-ack-salvage" data-control="tech-ack-salvage" disabled={tech.isBusy} onClick={() => send({ type: 'TECH.ACK_SALVAGE' })}>
            {tt('outbox.salvage.acknowledge')}
          </button>
        )}
        <button type="button" className="button button--primary" data-action="tech-retry-sync" data-control="tech-retry-sync" disabled={tech.isBusy} onClick={() => send({ type: 'TECH.RETRY_SYNC' })}>
          {tt('outbox.retry')}
        </button>
      </div>
    </>
  );
}
