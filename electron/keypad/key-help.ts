// Key-help mode (ADA 707.8, EN 301 549 5.1.3.? "key help"): with it on, each key says what it
// does on this screen instead of doing it. Pure: a key and the view in, what to say out.
import type { KeypadKey } from '../../hardware/keypad/contract';
import type { View } from '../bridge/contract';
import { text, type Segment } from '../speech/segments';
import { overlayOf } from './controls';

const digits = new Set<KeypadKey>(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);

/** Where the keypad is: on a typed field, typing on the keyboard, or elsewhere. */
export type KeyHelpFocus = 'field' | 'typing' | 'none';

export function keyHelp(key: KeypadKey, view: View, focus: KeyHelpFocus): Segment[] {
  const isPinEntry = view.screen === 'pin' && overlayOf(view) === 'none';
  if (focus === 'typing') {
    const typingHelp = typingKeyHelp(key);
    if (typingHelp) return [typingHelp];
  }
  if (digits.has(key)) {
    if (isPinEntry) return [text('accessibility:keys.digit-pin')];
    if (focus !== 'none') return [text('accessibility:keys.digit-field')];
    return [text(key === '0' ? 'accessibility:keys.pause' : 'accessibility:keys.repeat')];
  }
  switch (key) {
    case 'up':
    case 'left':
      return [text('accessibility:keys.previous')];
    case 'down':
    case 'right':
      return [text('accessibility:keys.next')];
    case 'enter':
      return [text(focus === 'field' ? 'accessibility:keys.enter-field' : 'accessibility:keys.enter')];
    case 'clear':
      return [text(isPinEntry ? 'accessibility:keys.clear-pin' : 'accessibility:keys.clear')];
    case 'back':
      return [text(view.canGoBack ? 'accessibility:keys.back' : 'accessibility:keys.back-none')];
    case 'cancel':
      return [text(view.canCancel ? 'accessibility:keys.cancel' : 'accessibility:keys.cancel-none')];
    case 'help':
      return [text('accessibility:keys.help')];
    case 'volume-up':
    case 'volume-down':
      return [text('accessibility:keys.volume')];
    case 'rate-up':
    case 'rate-down':
      return [text('accessibility:keys.rate')];
    default:
      return [];
  }
}

/** While typing on the keyboard the arrows, enter, clear and back work on its keys. */
function typingKeyHelp(key: KeypadKey): Segment | undefined {
  switch (key) {
    case 'up':
    case 'down':
    case 'left':
    case 'right':
      return text('accessibility:keys.typing-arrows');
    case 'enter':
      return text('accessibility:keys.typing-enter');
    case 'clear':
      return text('accessibility:keys.typing-clear');
    case 'back':
      return text('accessibility:keys.typing-back');
    default:
      return undefined;
  }
}
