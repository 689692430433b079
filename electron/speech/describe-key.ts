// What is said of a key of the kiosk keyboard when the tactile keypad lands on it (issue 12):
// a letter as itself (the engine names it in the session's voice), punctuation by its name,
// the function keys by theirs. A key is public: it is what is on the screen, not what was typed.
import { caretMove, type PlacedKey } from '../../locales/keyboard/keyboard-rows';
import { spokenSymbolKey } from '../../locales/keyboard/spoken-symbols';
import { text, type Segment } from './segments';

/** A character said alone: its name when the engine would be silent, else itself. */
export function charSegments(char: string, content: 'public' | 'personal' = 'public'): Segment[] {
  const symbol = spokenSymbolKey(char);
  if (symbol) return [text(symbol, {}, content)];
  // the engine says "A" and "a" alike: a capital is announced
  const lower = char.toLocaleLowerCase();
  if (lower !== char) return [text('accessibility:keyboard.capital'), { kind: 'plain', value: lower, content }];
  return [{ kind: 'plain', value: char, content }];
}

export function describeKey(placed: PlacedKey, isShifted: boolean, fieldDirection: 'ltr' | 'rtl'): Segment[] {
  const key = placed.key;
  switch (key.kind) {
    case 'char':
      return charSegments(key.text);
    case 'space':
      return [text('accessibility:keyboard.symbol.space')];
    case 'backspace':
      return [text('accessibility:keyboard.delete')];
    case 'shift':
      return [text('accessibility:keyboard.shift'), text(isShifted ? 'accessibility:state.selected' : 'accessibility:state.not-selected')];
    case 'switch':
      return [text('accessibility:keyboard.switch'), text(`accessibility:keyboard.layout.${key.to}`)];
    case 'caret':
      return [text(caretMove(key.side, fieldDirection) === 'back' ? 'accessibility:keyboard.caret-back' : 'accessibility:keyboard.caret-forward')];
    case 'done':
      return [text('accessibility:keyboard.done')];
  }
}
