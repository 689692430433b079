// The tactile keypad in the kiosk core: each key press becomes what a finger on the screen
// would have sent (PIN digits, enter on the focused control, back, cancel) or moves the focus,
// which the view carries to the renderer. Key-help mode says what a key does instead of
// doing it. Enter on a form field opens the kiosk keyboard for the keypad (keypad-typing-keys.ts):
// the arrows walk its keys and enter types them. The session machine never sees a raw key.
import type { KeypadKey } from '../../hardware/keypad/contract';
import type { UiEvent, View } from '../bridge/contract';
import type { SpeechController } from '../speech/speech-controller';
import { describeFocus } from '../speech/describe-view';
import { text } from '../speech/segments';
import { controlsOf, overlayOf, type Control } from './controls';
import { keyHelp } from './key-help';
import { createTypingKeys } from './keypad-typing-keys';
import { stepRateOf, stepVolumeOf } from './settings-controls';

export interface KeypadControllerOptions {
  readonly send: (event: UiEvent) => void;
  /** The view as last published (already decorated by this controller). */
  readonly currentView: () => View;
  readonly speech: Pick<SpeechController, 'interrupt' | 'say' | 'repeat' | 'togglePause'>;
  /** Focus or key-help changed: the core publishes the view again. */
  readonly onChange: () => void;
}

export interface KeypadController {
  press(key: KeypadKey): void;
  /** Adds the keypad's focus and key-help flag to a freshly projected view. */
  decorate(view: View): View;
}

const digitKeys: readonly KeypadKey[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
// technician mode is one screen of several pages: a new page starts its focus afresh too
const screenKeyOf = (view: View): string => [view.screen, overlayOf(view), view.service?.serviceId ?? '', view.technician?.page ?? ''].join('|');

function firstFocus(view: View, controls: readonly Control[]): string | undefined {
  // on the PIN screen enter means OK, whatever has been typed so far
  if (view.screen === 'pin' && overlayOf(view) === 'none') return 'pin-submit';
  return (controls.find((control) => !control.isDisabled) ?? controls[0])?.id;
}

export function createKeypadController(options: KeypadControllerOptions): KeypadController {
  let isActive = false;
  let isKeyHelpOn = false;
  let focusId: string | undefined;
  let savedFocus: { screenKey: string; focusId: string | undefined } | undefined;
  let lastScreenKey = '';
  let lastScreen: View['screen'] | undefined;

  const change = (): void => options.onChange();
  const typing = createTypingKeys({
    send: options.send,
    say: (segments) => options.speech.say(segments),
    change,
    onClosed: (fieldControl) => {
      focusId = fieldControl;
    },
  });

  function follow(view: View): void {
    if (view.screen === 'attract' && lastScreen !== undefined && lastScreen !== 'attract') {
      // the session ended: the next person has not touched the keypad
      isActive = false;
      isKeyHelpOn = false;
      savedFocus = undefined;
      typing.reset();
    }
    lastScreen = view.screen;
    typing.follow(view);
    const key = screenKeyOf(view);
    if (key === lastScreenKey) return;
    const wasOverlay = lastScreenKey.split('|')[1] !== 'none';
    if (overlayOf(view) !== 'none' && !wasOverlay) savedFocus = { screenKey: lastScreenKey, focusId };
    focusId = savedFocus?.screenKey === key ? savedFocus.focusId : undefined;
    if (overlayOf(view) === 'none') savedFocus = undefined;
    lastScreenKey = key;
  }

  function move(view: View, step: 1 | -1): void {
    const controls = controlsOf(view);
    if (controls.length === 0) return options.speech.say([text('accessibility:keys.no-controls')]);
    const index = controls.findIndex((control) => control.id === focusId);
    const next = index < 0 ? 0 : (index + step + controls.length) % controls.length;
    focusId = controls[next]?.id;
    change();
  }

  function activate(view: View): void {
    const control = controlsOf(view).find((c) => c.id === focusId);
    if (!control) return;
    if (control.isDisabled) return options.speech.say(describeFocus(view));
    const field = control.field && view.form?.find((candidate) => candidate.name === control.field?.name);
    if (field) return typing.open(field, view.language);
    if (!control.activate) return move(view, 1);
    options.send(control.activate);
  }

  function focusedField(view: View): Control['field'] {
    return controlsOf(view).find((c) => c.id === focusId)?.field;
  }

  function closeOverlay(view: View): boolean {
    switch (overlayOf(view)) {
      case 'settings':
        options.send({ type: 'A11Y.SET', settings: { isMenuOpen: false } });
        return true;
      case 'language':
        options.send({ type: 'LANGUAGE.MENU', isOpen: false });
        return true;
      case 'help':
        isKeyHelpOn = false;
        options.send({ type: 'HELP.CLOSED' });
        change();
        return true;
      default:
        return false;
    }
  }

  function act(key: KeypadKey, view: View): void {
    if (typing.act(key, view)) return;
    const isPinEntry = view.screen === 'pin' && overlayOf(view) === 'none';
    const field = focusedField(view);
    const a11y = view.a11y;
    const isRtl = view.direction === 'rtl';
    if (digitKeys.includes(key)) {
      if (isPinEntry) return options.send({ type: 'PIN.DIGIT', digit: Number(key) });
      if (field) return options.send({ type: 'FIELD.CHANGED', name: field.name, value: (field.value + key).slice(0, field.maxLength) });
      return key === '0' ? options.speech.togglePause() : options.speech.repeat();
    }
    switch (key) {
      case 'up':
        return move(view, -1);
      case 'down':
        return move(view, 1);
      case 'left':
        return move(view, isRtl ? 1 : -1);
      case 'right':
        return move(view, isRtl ? -1 : 1);
      case 'enter':
        return activate(view);
      case 'clear':
        if (isPinEntry) return options.send({ type: 'PIN.ERASE' });
        if (field && field.value !== '') return options.send({ type: 'FIELD.CHANGED', name: field.name, value: field.value.slice(0, -1) });
        return options.speech.say([text('accessibility:keys.nothing-to-clear')]);
      case 'back':
        if (closeOverlay(view)) return;
        if (view.canGoBack && overlayOf(view) === 'none') return options.send({ type: 'BACK' });
        return options.speech.say([text('accessibility:keys.back-none')]);
      case 'cancel':
        if (closeOverlay(view)) return;
        if (view.canCancel) return options.send({ type: 'CANCEL' });
        return options.speech.say([text('accessibility:keys.cancel-none')]);
      case 'help':
        isKeyHelpOn = !isKeyHelpOn;
        if (isKeyHelpOn && view.hasHelp && !view.isHelpOpen) options.send({ type: 'HELP' });
        if (!isKeyHelpOn && view.isHelpOpen) options.send({ type: 'HELP.CLOSED' });
        return change();
      case 'volume-up':
      case 'volume-down':
        return options.send({ type: 'A11Y.SET', settings: { isSpeechOn: true, volume: stepVolumeOf(a11y?.volume ?? 6, key === 'volume-up' ? 1 : -1) } });
      case 'rate-up':
      case 'rate-down':
        return options.send({ type: 'A11Y.SET', settings: { rate: stepRateOf(a11y?.rate ?? 1, key === 'rate-up' ? 1 : -1) } });
      default:
        return undefined;
    }
  }

  return {
    press(key) {
      const view = options.currentView();
      options.speech.interrupt();
      const wasActive = isActive;
      isActive = true;
      // audio guidance by a key: any key on attract, help or volume-up anywhere
      if (view.a11y?.isSpeechOn !== true && (view.screen === 'attract' || key === 'help' || key === 'volume-up')) {
        if (!wasActive) change();
        return options.send({ type: 'A11Y.SET', settings: { isSpeechOn: true } });
      }
      if (isKeyHelpOn && key !== 'help') return options.speech.say(keyHelp(key, view, typing.isTyping() ? 'typing' : focusedField(view) ? 'field' : 'none'));
      if (!wasActive) {
        change(); // the focus appears (and is said)
        // the first arrow or enter does only that: nobody should choose what they have not heard
        if (['up', 'down', 'left', 'right', 'enter'].includes(key)) return undefined;
      }
      act(key, view);
    },
    decorate(view) {
      follow(view);
      const a11y = view.a11y ? { ...view.a11y, isKeyHelpOn } : undefined;
      if (!isActive) return { ...view, ...(a11y ? { a11y } : {}) };
      const typed = typing.decorate(view);
      if (typed) {
        // the field keeps the focus underneath: an overlay above the keyboard gives it back
        focusId = `field-${typed.keypadTyping?.field ?? ''}`;
        return { ...view, ...(a11y ? { a11y } : {}), ...typed };
      }
      const controls = controlsOf(view);
      if (!controls.some((control) => control.id === focusId)) focusId = firstFocus(view, controls);
      return { ...view, ...(a11y ? { a11y } : {}), ...(focusId === undefined ? {} : { focus: { control: focusId } }) };
    },
  };
}
