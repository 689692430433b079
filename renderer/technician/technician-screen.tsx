// Technician mode: one screen id, one page at a time (the view's technician.page). Every page
// is touch-sized and made of real buttons, so a keyboard or keypad can reach each one.
import type { ReactElement } from 'react';
import { useSend } from '../bridge/bridge-context';
import { ScreenFrame } from '../components/screen-frame';
import type { ScreenProps } from '../screens/screen-props';
import { DevicePage } from './device-page';
import { DevicesPage } from './devices-page';
import { HomePage } from './home-page';
import { LogsPage } from './logs-page';
import { OutboxPage } from './outbox-page';
import type { TechPageProps, TechView } from './tech-page-props';
import { TechTxt, useTechText } from './tech-text';
import { DiagnosticsPage, PaperPage, ReadinessPage, RestartPage } from './upkeep-pages';
import './technician.css';

const pages: Readonly<Record<TechView['page'], (props: TechPageProps) => ReactElement | null>> = {
  home: HomePage,
  devices: DevicesPage,
  device: DevicePage,
  outbox: OutboxPage,
  logs: LogsPage,
  paper: PaperPage,
  readiness: ReadinessPage,
  diagnostics: DiagnosticsPage,
  restart: RestartPage,
};

export function TechnicianScreen({ view }: ScreenProps): ReactElement {
  const send = useSend();
  const { tt } = useTechText();
  const tech = view.technician;
  const Page = tech ? pages[tech.page] : undefined;
  return (
    <ScreenFrame view={view} isBusy={tech?.isBusy ?? true} className="screen--tech">
      {tech && Page && (
        <section className="tech" data-tech-page={tech.page} aria-busy={tech.isBusy}>
          <div className="tech__header">
            <h2 className="tech__title">{tt(`${tech.page}.title`)}</h2>
            <button type="button" className="button button--quiet" data-action="tech-exit" data-control="tech-exit" onClick={() => send({ type: 'TECH.EXIT' })}>
              {tt('exit')}
            </button>
          </div>
          {tech.notice && (
            <p className="notice" role="status" data-notice={tech.notice.key}>
              <TechTxt text={tech.notice} />
            </p>
          )}
          <Page tech={tech} />
        </section>
      )}
    </ScreenFrame>
  );
}
