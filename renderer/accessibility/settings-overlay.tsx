// The accessibility settings, reachable from every screen (the nav row's button): colours,
// text size, layout, time, speech. Every choice is an A11Y.SET the kiosk core keeps for this
// session only; the overlay shows what the view says is chosen. data-control ids match the
// core's settings controls (electron/keypad/settings-controls.ts).
import type { ReactElement, ReactNode } from 'react';
import { maxVolume } from '../../electron/bridge/a11y-limits';
import type { A11ySettings, View } from '../../electron/bridge/contract';
import { useSend } from '../bridge/bridge-context';
import { useKioskText } from '../i18n/use-kiosk-text';

type Settings = NonNullable<View['a11y']>;

const rates = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;
const stepRate = (rate: Settings['rate'], direction: 1 | -1): Settings['rate'] => rates[Math.min(rates.length - 1, Math.max(0, rates.indexOf(rate) + direction))] ?? rate;

function Group({ id, label, children }: { readonly id: string; readonly label: string; readonly children: ReactNode }): ReactElement {
  return (
    <div className="settings__group" role="group" aria-labelledby={`settings-${id}`}>
      <h3 id={`settings-${id}`} className="settings__label">
        {label}
      </h3>
      <div className="settings__options">{children}</div>
    </div>
  );
}

function Option({ control, label, isChecked, change }: { readonly control: string; readonly label: string; readonly isChecked: boolean; readonly change: Partial<A11ySettings> }): ReactElement {
  const send = useSend();
  return (
    <button type="button" role="radio" aria-checked={isChecked} className="button button--choice settings__option" data-control={control} onClick={() => send({ type: 'A11Y.SET', settings: change })}>
      {label}
    </button>
  );
}

export function SettingsOverlay({ settings }: { readonly settings: Settings }): ReactElement {
  const send = useSend();
  const { t } = useKioskText();
  const a = (key: string, values?: Record<string, string | number>): string => t(`accessibility:${key}`, values);
  const radios = (id: string, options: readonly [string, string, boolean, Partial<A11ySettings>][]): ReactElement => (
    <Group id={id} label={a(`settings.${id}`)}>
      <div role="radiogroup" aria-labelledby={`settings-${id}`} className="settings__radios">
        {options.map(([control, label, isChecked, change]) => (
          <Option key={control} control={control} label={a(label)} isChecked={isChecked} change={change} />
        ))}
      </div>
    </Group>
  );
  return (
    <div className="overlay overlay--settings" data-overlay="settings" role="dialog" aria-modal="true" aria-labelledby="settings-title">
      <div className="overlay__panel settings">
        <h2 id="settings-title" className="overlay__title">
          {a('settings.title')}
        </h2>
        <p className="settings__note">{a('settings.message')}</p>
        <div className="settings__grid">
          {radios('theme', [
            ['theme-standard', 'settings.theme-standard', settings.theme === 'standard', { theme: 'standard' }],
            ['theme-high-contrast', 'settings.theme-high-contrast', settings.theme === 'high-contrast', { theme: 'high-contrast' }],
          ])}
          {radios('text', [
            ['text-100', 'settings.text-100', settings.textScale === 1, { textScale: 1 }],
            ['text-150', 'settings.text-150', settings.textScale === 1.5, { textScale: 1.5 }],
            ['text-200', 'settings.text-200', settings.textScale === 2, { textScale: 2 }],
          ])}
          {radios('layout', [
            ['layout-standard', 'settings.layout-standard', settings.layout === 'standard', { layout: 'standard' }],
            ['layout-low-reach', 'settings.layout-low-reach', settings.layout === 'low-reach', { layout: 'low-reach' }],
          ])}
          {radios('time', [
            ['time-standard', 'settings.time-standard', !settings.isTimeExtended, { isTimeExtended: false }],
            ['time-extended', 'settings.time-extended', settings.isTimeExtended, { isTimeExtended: true }],
          ])}
          <Group id="speech" label={a('settings.speech')}>
            <button type="button" aria-pressed={settings.isSpeechOn} className="button button--choice button--toggle settings__option" data-control="speech" onClick={() => send({ type: 'A11Y.SET', settings: { isSpeechOn: !settings.isSpeechOn } })}>
              <span className="check" aria-hidden="true" />
              {a('audio.button')}
            </button>
            <button type="button" className="button button--secondary settings__option" data-control="speech-repeat" disabled={!settings.isSpeechOn} onClick={() => send({ type: 'SPEECH.REPEAT' })}>
              {a('settings.repeat')}
            </button>
          </Group>
          <Group id="volume" label={a('settings.volume')}>
            <button type="button" className="button button--secondary settings__step" data-control="volume-down" disabled={settings.volume === 0} onClick={() => send({ type: 'A11Y.SET', settings: { volume: settings.volume - 1 } })}>
              {a('settings.volume-down')}
            </button>
            <output className="settings__value">{a('settings.volume-now', { level: settings.volume, max: maxVolume })}</output>
            <button type="button" className="button button--secondary settings__step" data-control="volume-up" disabled={settings.volume === maxVolume} onClick={() => send({ type: 'A11Y.SET', settings: { volume: settings.volume + 1 } })}>
              {a('settings.volume-up')}
            </button>
          </Group>
          <Group id="rate" label={a('settings.rate')}>
            <button type="button" className="button button--secondary settings__step" data-control="rate-down" disabled={settings.rate === rates[0]} onClick={() => send({ type: 'A11Y.SET', settings: { rate: stepRate(settings.rate, -1) } })}>
              {a('settings.rate-down')}
            </button>
            <output className="settings__value">{a('settings.rate-now', { rate: settings.rate })}</output>
            <button type="button" className="button button--secondary settings__step" data-control="rate-up" disabled={settings.rate === rates[rates.length - 1]} onClick={() => send({ type: 'A11Y.SET', settings: { rate: stepRate(settings.rate, 1) } })}>
              {a('settings.rate-up')}
            </button>
          </Group>
        </div>
        <button type="button" className="button button--primary" data-control="close-settings" data-action="close-settings" onClick={() => send({ type: 'A11Y.SET', settings: { isMenuOpen: false } })}>
          {a('settings.close')}
        </button>
      </div>
    </div>
  );
}
