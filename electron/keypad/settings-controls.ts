// The settings overlay's controls (theme, text size, layout, time, speech), each one an
// A11Y.SET the renderer's button sends too. Ids match the renderer's data-control values.
import { maxVolume, speechRates, type A11ySettings, type View } from '../bridge/contract';
import { text, type Segment } from '../speech/segments';
import type { Control } from './controls';

const selected = (isOn: boolean): Segment => text(isOn ? 'accessibility:state.selected' : 'accessibility:state.not-selected');

/** Said with its group ("Text size, Large, selected"): the option's own word is short on screen. */
function choice<K extends keyof A11ySettings>(group: string, option: string, setting: K, value: A11ySettings[K], current: A11ySettings): Control {
  return {
    id: `${group}-${option}`,
    label: [text(`accessibility:settings.${group}`), text(`accessibility:settings.${group}-${option}`), selected(current[setting] === value)],
    activate: { type: 'A11Y.SET', settings: { [setting]: value } },
  };
}

export const defaultSettings: A11ySettings = { theme: 'standard', textScale: 1, layout: 'standard', isTimeExtended: false, isSpeechOn: false, volume: 6, rate: 1, isMenuOpen: false };

export function stepRateOf(rate: A11ySettings['rate'], direction: 1 | -1): A11ySettings['rate'] {
  const index = speechRates.indexOf(rate);
  return speechRates[Math.min(speechRates.length - 1, Math.max(0, index + direction))] ?? rate;
}

export function stepVolumeOf(volume: number, direction: 1 | -1): number {
  return Math.min(maxVolume, Math.max(0, volume + direction));
}

export function settingsControls(view: View): Control[] {
  const a11y = view.a11y ?? { ...defaultSettings, isKeyHelpOn: false };
  return [
    choice('theme', 'standard', 'theme', 'standard', a11y),
    choice('theme', 'high-contrast', 'theme', 'high-contrast', a11y),
    choice('text', '100', 'textScale', 1, a11y),
    choice('text', '150', 'textScale', 1.5, a11y),
    choice('text', '200', 'textScale', 2, a11y),
    choice('layout', 'standard', 'layout', 'standard', a11y),
    choice('layout', 'low-reach', 'layout', 'low-reach', a11y),
    choice('time', 'standard', 'isTimeExtended', false, a11y),
    choice('time', 'extended', 'isTimeExtended', true, a11y),
    { id: 'speech', label: [text('accessibility:audio.button'), selected(a11y.isSpeechOn)], activate: { type: 'A11Y.SET', settings: { isSpeechOn: !a11y.isSpeechOn } } },
    { id: 'speech-repeat', label: [text('accessibility:settings.repeat')], activate: { type: 'SPEECH.REPEAT' }, isDisabled: !a11y.isSpeechOn },
    { id: 'volume-down', label: [text('accessibility:settings.volume-down'), text('accessibility:settings.volume-now', { level: a11y.volume, max: maxVolume })], activate: { type: 'A11Y.SET', settings: { volume: stepVolumeOf(a11y.volume, -1) } }, isDisabled: a11y.volume === 0 },
    { id: 'volume-up', label: [text('accessibility:settings.volume-up'), text('accessibility:settings.volume-now', { level: a11y.volume, max: maxVolume })], activate: { type: 'A11Y.SET', settings: { volume: stepVolumeOf(a11y.volume, 1) } }, isDisabled: a11y.volume === maxVolume },
    { id: 'rate-down', label: [text('accessibility:settings.rate-down'), text('accessibility:settings.rate-now', { rate: a11y.rate })], activate: { type: 'A11Y.SET', settings: { rate: stepRateOf(a11y.rate, -1) } }, isDisabled: a11y.rate === speechRates[0] },
    { id: 'rate-up', label: [text('accessibility:settings.rate-up'), text('accessibility:settings.rate-now', { rate: a11y.rate })], activate: { type: 'A11Y.SET', settings: { rate: stepRateOf(a11y.rate, 1) } }, isDisabled: a11y.rate === speechRates[speechRates.length - 1] },
    { id: 'close-settings', label: [text('accessibility:settings.close')], activate: { type: 'A11Y.SET', settings: { isMenuOpen: false } } },
  ];
}
