// The keypad's keys while it types on the kiosk keyboard (issue 12): digits type digits, the
// arrows walk the keys, enter types the focused key, clear erases before the caret, back (or
// the keyboard's Done) closes it and gives the focus back to the field. The typing lives here,
// in the core, and reaches the screen as the view's `keypadTyping`; it ends with its screen.
import type { KeypadKey } from '../../hardware/keypad/contract';
import type { UiEvent, View } from '../bridge/contract';
import { text, type Segment } from '../speech/segments';
import { overlayOf } from './controls';
import { eraseBack, keyControlId, moveKey, openTyping, pressKey, typeText, type FormField, type KeyOutcome, type Typing } from './keypad-typing';

export interface TypingKeysOptions {
  readonly send: (event: UiEvent) => void;
  readonly say: (segments: readonly Segment[]) => void;
  readonly change: () => void;
  /** The keyboard closed: the focus goes back to the field (`field-<name>`). */
  readonly onClosed: (fieldControl: string) => void;
}

export interface TypingKeys {
  readonly isTyping: () => boolean;
  open(field: FormField, language: string): void;
  /** Handles a key while typing; false for the keys that work as anywhere else (cancel, help, volume…). */
  act(key: KeypadKey, view: View): boolean;
  /** Every projected view: typing ends with its screen, or when its field is gone. */
  follow(view: View): void;
  /** The view's typing and the focused key, when the keyboard shows (no overlay above it). */
  decorate(view: View): Pick<View, 'keypadTyping' | 'focus'> | undefined;
  reset(): void;
}

const digitKeys: ReadonlySet<KeypadKey> = new Set(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
// typing goes on under an overlay (settings, the time warning) and ends with the screen
const typingScreenOf = (view: View): string => [view.screen, view.service?.serviceId ?? ''].join('|');

export function createTypingKeys(options: TypingKeysOptions): TypingKeys {
  let typing: Typing | undefined;
  let lastScreen = '';

  const fieldOf = (view: View): FormField | undefined => (typing && overlayOf(view) === 'none' ? view.form?.find((field) => field.name === typing?.field) : undefined);

  function apply(outcome: KeyOutcome, field: FormField): void {
    switch (outcome.kind) {
      case 'value':
        typing = outcome.typing;
        options.send({ type: 'FIELD.CHANGED', name: field.name, value: outcome.value });
        return options.change(); // the caret moved too, should the session keep the value as it was
      case 'moved':
        typing = outcome.typing;
        return options.change();
      case 'full':
        return options.say([text('accessibility:keyboard.full')]);
      case 'nothing-to-erase':
        return options.say([text('accessibility:keys.nothing-to-clear')]);
      case 'edge':
        return options.say([text(`accessibility:keyboard.caret-${outcome.edge}`)]);
      case 'done':
        typing = undefined;
        options.onClosed(`field-${field.name}`);
        return options.change();
    }
  }

  return {
    isTyping: () => typing !== undefined,
    open(field, language) {
      typing = openTyping(field, language);
      options.change();
    },
    act(key, view) {
      const field = fieldOf(view);
      if (!typing || !field) return false;
      if (digitKeys.has(key)) apply(typeText(typing, field, key), field);
      else if (key === 'up' || key === 'down' || key === 'left' || key === 'right') apply({ kind: 'moved', typing: moveKey(typing, key, view.language) }, field);
      else if (key === 'enter') apply(pressKey(typing, field, view), field);
      else if (key === 'clear') apply(eraseBack(typing, field), field);
      else if (key === 'back') apply({ kind: 'done' }, field);
      else return false;
      return true;
    },
    follow(view) {
      if (typingScreenOf(view) !== lastScreen || !view.form?.some((field) => field.name === typing?.field)) typing = undefined;
      lastScreen = typingScreenOf(view);
    },
    decorate(view) {
      const field = fieldOf(view);
      if (!typing || !field) return undefined;
      return {
        keypadTyping: { field: typing.field, layout: typing.layout, isShifted: typing.isShifted, caret: Math.min(typing.caret, field.value.length) },
        focus: { control: keyControlId(typing.at) },
      };
    },
    reset() {
      typing = undefined;
    },
  };
}
