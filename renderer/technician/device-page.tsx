import type { ReactElement } from 'react';
import { useSend } from '../bridge/bridge-context';
import type { TechPageProps, TechView } from './tech-page-props';
import { DeviceLabel, TechTxt, useTechText } from './tech-text';

type DeviceView = NonNullable<TechView['device']>;

function PrinterSettings({ settings, isBusy }: { readonly settings: NonNullable<DeviceView['receiptSettings']>; readonly isBusy: boolean }): ReactElement {
  const send = useSend();
  const { tt } = useTechText();
  const choice = (name: 'paperWidthDots' | 'codePage', value: '384' | '576' | 'wpc1252' | 'none', isChecked: boolean) => (
    <button key={value} type="button" role="radio" aria-checked={isChecked} className="button button--choice" data-action="tech-setting" data-name={name} data-value={value} data-control={`tech-setting-${name}-${value}`} disabled={isBusy} onClick={() => send({ type: 'TECH.SETTING', name, value })}>
      {tt(`setting.${name}.${value}`)}
    </button>
  );
  return (
    <div className="tech-settings">
      <div role="radiogroup" aria-label={tt('setting.paperWidthDots.label')} className="tech-settings__group">
        <span>{tt('setting.paperWidthDots.label')}</span>
        {choice('paperWidthDots', '576', settings.paperWidthDots === 576)}
        {choice('paperWidthDots', '384', settings.paperWidthDots === 384)}
      </div>
      <div role="radiogroup" aria-label={tt('setting.codePage.label')} className="tech-settings__group">
        <span>{tt('setting.codePage.label')}</span>
        {choice('codePage', 'wpc1252', settings.codePage === 'wpc1252')}
        {choice('codePage', 'none', settings.codePage === 'none')}
      </div>
    </div>
  );
}

/** One role: look for devices, pick one, set the printer's width and code page, test it. */
export function DevicePage({ tech }: TechPageProps): ReactElement | null {
  const send = useSend();
  const { tt } = useTechText();
  const device = tech.device;
  if (!device) return null;
  return (
    <>
      <h3 className="tech__subtitle">
        {tt(`role.${device.role}`)}: <DeviceLabel label={device.current.label} /> <span className="row__side">{tt(device.current.via)}</span>
      </h3>
      {device.hasDiscovered && (
        <div role="radiogroup" aria-label={tt('device.found')}>
          <ul className="choice-list">
            {device.options.map((option) => (
              <li key={option.index}>
                <button type="button" role="radio" aria-checked={option.isChosen} className="button button--choice button--row" data-action="tech-choose" data-index={option.index} data-control={`tech-choose-${option.index}`} disabled={tech.isBusy} onClick={() => send({ type: 'TECH.CHOOSE', index: option.index })}>
                  <span className="row__main">
                    <DeviceLabel label={option.label} />
                  </span>
                  <span className="row__side">{tt(option.via)}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {device.problems.map((problem) => (
        <p key={problem} className="notice" data-problem={problem}>
          {tt(problem)}
        </p>
      ))}
      {device.receiptSettings && <PrinterSettings settings={device.receiptSettings} isBusy={tech.isBusy} />}
      {device.test && (
        <p className={`test test--${device.test.outcome}`} role="status" data-test={device.test.outcome}>
          {tt(`test.${device.test.outcome}`)}
          {device.test.detail && (
            <>
              {': '}
              <TechTxt text={device.test.detail} />
            </>
          )}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button button--secondary" data-action="tech-discover" data-control="tech-discover" disabled={tech.isBusy} onClick={() => send({ type: 'TECH.DISCOVER' })}>
          {tt('device.discover')}
        </button>
        <button type="button" className="button button--primary" data-action="tech-test" data-control="tech-test" disabled={tech.isBusy} onClick={() => send({ type: 'TECH.TEST' })}>
          {tt(`device.test.${device.role}`)}
        </button>
      </div>
    </>
  );
}
