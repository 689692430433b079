// Keypad typing (issue 12): from a key press on the tactile keypad to the audio of the key it
// lands on being handed to the renderer, on the kiosk core's own path (keypad controller →
// one view per tick → speech description → clip cache → play command), with the real
// espeak-ng engine and the static prompts (the keyboards' letters among them) prewarmed.
// keypad_key_to_speech_ms_p50 / _p95: 50 arrow presses across the English keyboard.
import { EspeakNgSynthesizer } from '../hardware/tts/espeak-ng-synthesizer';
import { ClipCache } from '../hardware/tts/clip-cache';
import { defaultRate } from '../hardware/tts/contract';
import type { AudioCommand, View } from '../electron/bridge/contract';
import { createMainI18n, readLocaleResources } from '../electron/core/locales';
import { createKeypadController } from '../electron/keypad/keypad-controller';
import { silentLogger } from '../electron/log/logger';
import { createSpeechController } from '../electron/speech/speech-controller';
import { staticPrompts } from '../electron/speech/static-prompts';
import { translatorOf } from '../electron/speech/translate';

const presses = 50;

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, index)] ?? Number.NaN) * 10) / 10;
}

const formView: View = {
  screen: 'form',
  language: 'en',
  direction: 'ltr',
  languages: ['en'],
  title: { key: 'services:residence-renewal.title', values: {} },
  canGoBack: true,
  canCancel: true,
  hasHelp: true,
  isHelpOpen: false,
  availability: 'serving',
  a11y: { theme: 'standard', textScale: 1, layout: 'standard', isTimeExtended: false, isSpeechOn: true, volume: 6, rate: 1, isMenuOpen: false, isKeyHelpOn: false },
  form: [{ name: 'address', label: { key: 'services:residence-renewal.field.address', values: {} }, kind: 'address', value: '', maxLength: 160 }],
};

export async function runKeypadBench(): Promise<Record<string, number>> {
  const engine = await EspeakNgSynthesizer.open({});
  const cache = new ClipCache({ engine, engineTag: 'bench' });
  const prewarm = await cache.prewarm(staticPrompts(readLocaleResources(['en']), ['en']).map((prompt) => ({ ...prompt, rate: defaultRate })));
  if (prewarm.failed.length > 0) throw new Error(`${prewarm.failed.length} prompts failed to prewarm`);
  const { translate, hasKey } = translatorOf(createMainI18n(['en']));
  const speech = createSpeechController({ synthesizer: cache, isHeadphonePluggedIn: () => false, translate, hasKey, logger: silentLogger });
  let played: ((command: AudioCommand) => void) | undefined;
  speech.subscribe((command) => {
    if (command.action === 'play') played?.(command);
  });
  let published: View = formView;
  let isScheduled = false;
  const keypad = createKeypadController({
    send: () => undefined,
    currentView: () => published,
    speech,
    // as the core does: one view per tick, then speech hears it
    onChange: () => {
      if (isScheduled) return;
      isScheduled = true;
      queueMicrotask(() => {
        isScheduled = false;
        published = keypad.decorate(formView);
        speech.viewChanged(published);
      });
    },
  });
  published = keypad.decorate(formView);
  speech.viewChanged(published);
  await speech.settled();
  const pressAndHear = (key: 'down' | 'enter' | 'left' | 'right'): Promise<number> =>
    new Promise((resolve) => {
      const started = performance.now();
      played = () => resolve(performance.now() - started);
      keypad.press(key);
    });
  await pressAndHear('down'); // the focus appears, on the address field
  await pressAndHear('enter'); // the keyboard opens
  const durations: number[] = [];
  for (let i = 0; i < presses; i += 1) durations.push(await pressAndHear(i % 18 < 9 ? 'right' : 'left'));
  await speech.settled();
  durations.sort((a, b) => a - b);
  return { keypad_key_to_speech_ms_p50: percentile(durations, 50), keypad_key_to_speech_ms_p95: percentile(durations, 95) };
}
