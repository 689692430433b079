// Speaks the kiosk (issue 12, EN 301 549 5.1.3): on every view it says what is new, through
// the privacy policy (personal data only into headphones, a tone for a PIN digit), with the
// session's rate and volume; any action interrupts it; it can be paused and repeated; it
// stops when the session ends. The renderer only plays what it is handed.
import type { AudioCommand, View } from '../bridge/contract';
import type { SpeechClip, SpeechSynthesizer, RateStep } from '../../hardware/tts/contract';
import { decideSpeech } from '../../hardware/tts/speech-policy';
import type { Logger } from '../log/logger';
import { describeChange } from './describe-change';
import { describeView } from './describe-view';
import { keyToneWav } from './key-tone';
import { text, toUtterance, type Segment, type Translate } from './segments';

export interface SpeechControllerOptions {
  /** The clip cache over the engine: prewarmed prompts from memory, the rest on the fly. */
  readonly synthesizer: SpeechSynthesizer;
  readonly isHeadphonePluggedIn: () => boolean;
  readonly translate: Translate;
  readonly hasKey: (language: string, key: string) => boolean;
  readonly logger: Logger;
}

export interface SpeechController {
  viewChanged(view: View): void;
  /** A person acted (a key, a touch): whatever is being said stops. */
  interrupt(): void;
  repeat(): void;
  togglePause(): void;
  /** Says something outside a screen description (key help, "not available here"). */
  say(segments: readonly Segment[]): void;
  headphonesChanged(isPluggedIn: boolean): void;
  subscribe(listener: (command: AudioCommand) => void): () => void;
  /** Settles when what was asked so far has been handed to the renderer (or dropped). */
  settled(): Promise<void>;
}

const toneBase64 = Buffer.from(keyToneWav()).toString('base64');

export function createSpeechController(options: SpeechControllerOptions): SpeechController {
  const listeners = new Set<(command: AudioCommand) => void>();
  let view: View | undefined;
  let generation = 0;
  let nextId = 1;
  let isPaused = false;
  let isPersonalPlaying = false;
  let pending: Promise<void> = Promise.resolve();

  const emit = (command: AudioCommand): void => {
    for (const listener of listeners) listener(command);
  };
  const isOn = (): boolean => view?.a11y?.isSpeechOn === true;
  const hasKey = (key: string): boolean => (view ? options.hasKey(view.language, key) : false);

  function stop(): void {
    generation += 1;
    isPaused = false;
    isPersonalPlaying = false;
    emit({ action: 'stop' });
  }

  async function render(segments: readonly Segment[], at: View, mine: number): Promise<void> {
    const isPlugged = options.isHeadphonePluggedIn();
    const rate = (at.a11y?.rate ?? 1) as RateStep;
    const plan: ({ kind: 'tone' } | { kind: 'speech'; text: string; language: string })[] = [];
    let hasPersonal = false;
    let hasHint = false;
    for (const segment of segments) {
      const utterance = toUtterance(segment, at.language, options.translate);
      const decision = decideSpeech(utterance.content, isPlugged);
      if (decision.action === 'tone') plan.push({ kind: 'tone' });
      else if (segment.kind === 'typed' && decision.action === 'refuse') plan.push({ kind: 'tone' }); // a typed key on the speaker: the tone, not a hint per key
      else if (utterance.kind === 'tone') plan.push({ kind: 'tone' });
      else if (decision.action === 'refuse') {
        // said once where the first private detail would have been
        if (!hasHint) plan.push({ kind: 'speech', text: options.translate(at.language, 'accessibility:privacy.plug-headphones'), language: at.language });
        hasHint = true;
      } else if (utterance.text.trim() !== '') {
        plan.push({ kind: 'speech', text: utterance.text, language: utterance.language });
        hasPersonal ||= utterance.content === 'personal';
      }
    }
    if (plan.length === 0) return;
    const clips = await Promise.all(
      plan.map(async (item): Promise<string | undefined> => {
        if (item.kind === 'tone') return toneBase64;
        const result = await options.synthesizer.synthesise({ text: item.text, language: item.language, rate });
        if (result.ok) return base64(result.value);
        // the text is never logged: it may be personal
        options.logger.log('device.error', { device: 'tts', kind: result.error.kind });
        return undefined;
      }),
    );
    if (mine !== generation) return; // interrupted or overtaken while synthesising
    const playable = clips.filter((clip): clip is string => clip !== undefined);
    if (playable.length === 0) return;
    isPaused = false;
    isPersonalPlaying = hasPersonal;
    emit({ action: 'play', id: nextId++, clips: playable, volume: at.a11y?.volume ?? 6 });
  }

  function speak(segments: readonly Segment[]): void {
    if (!view || !isOn() || segments.length === 0) return;
    generation += 1;
    const mine = generation;
    const at = view;
    pending = pending
      .then(() => render(segments, at, mine))
      .catch((error: unknown) => options.logger.log('device.error', { device: 'tts', kind: 'speech-controller', error: error instanceof Error ? error.name : 'unknown' }));
  }

  return {
    viewChanged(next) {
      const previous = view;
      view = next;
      if (!isOn()) {
        if (previous?.a11y?.isSpeechOn) stop(); // the session ended, or the person turned it off
        return;
      }
      const change = describeChange(previous, next, hasKey);
      if (change.segments.length > 0) speak(change.segments);
    },
    interrupt() {
      if (isOn()) stop();
    },
    repeat() {
      if (view) speak(describeView(view, hasKey));
    },
    togglePause() {
      if (!isOn()) return;
      isPaused = !isPaused;
      emit({ action: isPaused ? 'pause' : 'resume' });
    },
    say(segments) {
      speak(segments);
    },
    headphonesChanged(isPluggedIn) {
      if (!isPluggedIn && isPersonalPlaying) {
        // a private detail must not carry on out of the loudspeaker
        stop();
        speak([text('accessibility:privacy.unplugged')]);
      } else if (isPluggedIn && view) speak(describeView(view, hasKey));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    settled: () => pending,
  };
}

function base64(clip: SpeechClip): string {
  return Buffer.from(clip.audio.buffer, clip.audio.byteOffset, clip.audio.byteLength).toString('base64');
}
