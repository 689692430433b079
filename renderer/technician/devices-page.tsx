import type { ReactElement } from 'react';
import { useSend } from '../bridge/bridge-context';
import type { TechPageProps, TechView } from './tech-page-props';
import { DeviceLabel, Reason, TechTxt, useTechText } from './tech-text';

type RoleRow = NonNullable<TechView['roles']>[number];

function HealthBadge({ health }: { readonly health: RoleRow['health'] }): ReactElement {
  const { tt } = useTechText();
  if (!health) return <span className="health health--none">{tt('health.none')}</span>;
  return (
    <span className={`health health--${health.level}`} data-health={health.level}>
      {tt(`health.${health.level}`)} <Reason reason={health.reason} />
    </span>
  );
}

/** Every role, the device it has, its health; a row opens the role. Save writes the config. */
export function DevicesPage({ tech }: TechPageProps): ReactElement {
  const send = useSend();
  const { tt } = useTechText();
  const isChanged = (tech.roles ?? []).some((row) => row.isChanged);
  return (
    <>
      <ul className="choice-list">
        {(tech.roles ?? []).map((row) => (
          <li key={row.role}>
            <button type="button" className="button button--row tech-row" data-action="tech-role" data-role={row.role} data-control={`tech-role-${row.role}`} disabled={tech.isBusy} onClick={() => send({ type: 'TECH.ROLE', role: row.role })}>
              <span className="row__main">
                <strong>{tt(`role.${row.role}`)}</strong> <DeviceLabel label={row.device.label} /> <span className="row__side">{tt(row.device.via)}</span>
                {row.isChanged && <span className="tech-row__changed"> · {tt('devices.changed')}</span>}
              </span>
              {row.test && (
                <span className={`test test--${row.test.outcome}`} data-test={row.test.outcome}>
                  {tt(`test.${row.test.outcome}`)}
                </span>
              )}
              <HealthBadge health={row.health} />
            </button>
          </li>
        ))}
      </ul>
      <div className="actions">
        {tech.notice?.key === 'notice.saved' && (
          <button type="button" className="button button--secondary" data-action="tech-open" data-page="restart" data-control="tech-open-restart" onClick={() => send({ type: 'TECH.OPEN', page: 'restart' })}>
            {tt('devices.restart-to-apply')}
          </button>
        )}
        <button type="button" className="button button--primary" data-action="tech-save" data-control="tech-save" disabled={tech.isBusy || !isChanged} onClick={() => send({ type: 'TECH.SAVE' })}>
          {tt('devices.save')}
        </button>
      </div>
      {tech.isBusy && (
        <p role="status">
          <TechTxt text={{ key: 'busy', values: {} }} />
        </p>
      )}
    </>
  );
}
