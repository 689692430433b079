// Key-help mode (ADA 707.8, EN 301 549 5.1.3.? "key help"): with it on, each key says what it
// does on this screen instead of doing it. Pure: a key and the view in, what to say out.
import type { KeypadKey } from '../../hardware/keypad/contract';
import type { View } from '../bridge/contract';
import { text, type Segment } from '../speech/segments';
import { overlayOf } from './controls';

const digits = new Set<KeypadKey>(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);

export function keyHelp(key: KeypadKey, view: View, isTextFieldFocused: boolean): Segment[] {
  const isPinEntry = view.screen === 'pin' && overlayOf(view) === 'none';
  if (digits.has(key)) {
    if (isPinEntry) return [text('accessibility:keys.digit-pin')];
    if (isTextFieldFocused) return [text('accessibility:keys.digit-field')];
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
      return [text('accessibility:keys.enter')];
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
