// Issue 12 in the kiosk core: speech, the tactile keypad and the headphone jack, wired to the
// session. The composition root hands it the view as projected and every user event; it
// adds the keypad's focus to the view, speaks what changed and hands audio to the renderer.
import type { i18n } from 'i18next';
import type { Keypad } from '../../hardware/keypad/contract';
import { defaultRate } from '../../hardware/tts/contract';
import type { PrewarmReport } from '../../hardware/tts/clip-cache';
import type { AudioCommand, UiEvent, View } from '../bridge/contract';
import type { KioskConfig } from '../config/schema';
import { readLocaleResources } from '../core/locales';
import type { Logger } from '../log/logger';
import { createKeypadController } from '../keypad/keypad-controller';
import { createSpeechController } from '../speech/speech-controller';
import { staticPrompts } from '../speech/static-prompts';
import { translatorOf } from '../speech/translate';
import { createSpeechDevices, type SpeechDevices } from './speech-devices';

export interface AccessibilityOptions {
  readonly config: KioskConfig;
  readonly dataDir: string;
  readonly logger: Logger;
  readonly i18n: i18n;
  readonly keypad: Keypad | undefined;
  /** Sends a user event into the session, the way the bridge does. */
  readonly send: (event: UiEvent) => void;
  /** The view as last published. */
  readonly currentView: () => View;
  /** The keypad moved the focus: project and publish the view again. */
  readonly onChange: () => void;
}

export interface Accessibility {
  decorate(view: View): View;
  /** Every published view, for speech. */
  viewChanged(view: View): void;
  /** Every user event, from the screen or the keypad: it interrupts speech, or commands it. */
  userEvent(event: UiEvent): void;
  subscribeAudio(listener: (command: AudioCommand) => void): () => void;
  readonly simulators: SpeechDevices['simulators'];
  /** The start-up rendering of static prompts (undefined when switched off). */
  readonly prewarmed: Promise<PrewarmReport | undefined>;
  /** Settles once the speech asked for so far has reached the renderer. */
  speechSettled(): Promise<void>;
  close(): Promise<void>;
}

export async function createAccessibility(options: AccessibilityOptions): Promise<Accessibility> {
  const { config, logger } = options;
  const devices = await createSpeechDevices(config.devices, options.dataDir);
  const { translate, hasKey } = translatorOf(options.i18n);
  const speech = createSpeechController({ synthesizer: devices.cache, isHeadphonePluggedIn: () => devices.jack.isPluggedIn(), translate, hasKey, logger });
  const keypad = createKeypadController({ send: options.send, currentView: options.currentView, speech, onChange: options.onChange });

  const unsubscribeKeypad = options.keypad?.subscribe((event) => {
    // key values are never logged: a PIN is typed on this keypad
    if (event.type === 'KEYPAD.PRESSED') keypad.press(event.key);
    else if (event.type === 'KEYPAD.HEALTH') logger.log('device.health', { device: 'keypad', level: event.health.level });
  });
  const unsubscribeJack = devices.jack.subscribe((event) => {
    switch (event.type) {
      case 'HEADPHONES.PLUGGED':
        // plugging in headphones asks for speech, as on accessible ATMs
        if (options.currentView().a11y?.isSpeechOn !== true) options.send({ type: 'A11Y.SET', settings: { isSpeechOn: true } });
        else speech.headphonesChanged(true);
        break;
      case 'HEADPHONES.UNPLUGGED':
        speech.headphonesChanged(false);
        break;
      case 'HEADPHONES.HEALTH':
        logger.log('device.health', { device: 'headphone-jack', level: event.health.level });
        break;
    }
  });

  const tts = config.devices.tts;
  const isStopped = { value: false };
  const prewarmed = tts.isPrewarmed ? prewarm(devices, config.languages, logger, isStopped) : Promise.resolve(undefined);

  return {
    decorate: (view) => keypad.decorate(view),
    viewChanged: (view) => speech.viewChanged(view),
    userEvent(event) {
      if (event.type === 'SPEECH.PAUSE') return speech.togglePause();
      speech.interrupt();
      if (event.type === 'SPEECH.REPEAT') speech.repeat();
    },
    subscribeAudio: (listener) => speech.subscribe(listener),
    simulators: devices.simulators,
    prewarmed,
    speechSettled: () => speech.settled(),
    async close() {
      unsubscribeKeypad?.();
      unsubscribeJack();
      isStopped.value = true;
      await prewarmed; // at most one batch of prompts still rendering
      await devices.jack.close();
    },
  };
}

/** Prompts per batch: stopping the kiosk waits for one batch at most (espeak-ng: ~1 s). */
const prewarmBatch = 32;

/** Static prompts at the default rate, all configured languages; other rates are made on demand (~15 ms a sentence). */
async function prewarm(devices: SpeechDevices, languages: readonly string[], logger: Logger, isStopped: { readonly value: boolean }): Promise<PrewarmReport> {
  const startedAt = performance.now();
  const prompts = staticPrompts(readLocaleResources(languages), languages).map((prompt) => ({ ...prompt, rate: defaultRate }));
  const total = { rendered: 0, fromDisk: 0, alreadyCached: 0, failed: [] as PrewarmReport['failed'][number][], diskErrors: 0 };
  for (let at = 0; at < prompts.length && !isStopped.value; at += prewarmBatch) {
    const report = await devices.cache.prewarm(prompts.slice(at, at + prewarmBatch));
    total.rendered += report.rendered;
    total.fromDisk += report.fromDisk;
    total.alreadyCached += report.alreadyCached;
    total.failed.push(...report.failed);
    total.diskErrors += report.diskErrors;
  }
  logger.log('speech.prewarmed', { prompts: prompts.length, rendered: total.rendered, fromDisk: total.fromDisk, failed: total.failed.length, diskErrors: total.diskErrors, isComplete: !isStopped.value, ms: Math.round(performance.now() - startedAt) });
  return total;
}
