// Text editing as pure functions over (value, caret). The caret is a UTF-16 offset in
// logical order (the order the characters are stored and read), so it means the same thing
// in Arabic and English text; where it is drawn is the layout engine's business.

/** What a key press asks of the field (the keyboard resolves caret arrows to back or forward). */
export type EditKey =
  | { readonly kind: 'char'; readonly text: string }
  | { readonly kind: 'space' }
  | { readonly kind: 'backspace' }
  | { readonly kind: 'caret'; readonly move: 'back' | 'forward' }
  | { readonly kind: 'done' };

export interface EditState {
  readonly value: string;
  /** 0…value.length, always on a code point boundary. */
  readonly caret: number;
}

/** What the view accepts in one FIELD.CHANGED (`contract.ts`). */
export const maxFieldLength = 200;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function clampCaret(state: EditState): EditState {
  const caret = Math.min(Math.max(0, state.caret), state.value.length);
  // never between the two halves of a surrogate pair
  const isInsidePair = caret > 0 && caret < state.value.length && /[\uDC00-\uDFFF]/.test(state.value[caret] ?? '') && /[\uD800-\uDBFF]/.test(state.value[caret - 1] ?? '');
  return { value: state.value, caret: isInsidePair ? caret - 1 : caret };
}

export function insertText(state: EditState, text: string, maxLength = maxFieldLength): EditState {
  const { value, caret } = clampCaret(state);
  const room = maxLength - value.length;
  if (room <= 0) return { value, caret };
  const added = [...text].reduce((kept, char) => (kept.length + char.length <= room ? kept + char : kept), '');
  return { value: value.slice(0, caret) + added + value.slice(caret), caret: caret + added.length };
}

/**
 * Deletes one code point before the caret, not a whole cluster: typing क then ् then ष makes
 * क्ष, and one tap undoes the last of them, as phone keyboards do for Indic scripts.
 */
export function deleteBackward(state: EditState): EditState {
  const { value, caret } = clampCaret(state);
  if (caret === 0) return { value, caret };
  const before = [...value.slice(0, caret)];
  before.pop();
  const kept = before.join('');
  return { value: kept + value.slice(caret), caret: kept.length };
}

/** Moves by one whole cluster (a letter with its vowel signs), back toward the start or forward. */
export function moveCaret(state: EditState, move: 'back' | 'forward'): EditState {
  const { value, caret } = clampCaret(state);
  const boundaries = [...graphemes.segment(value)].map((segment) => segment.index).concat(value.length);
  const next = move === 'back' ? [...boundaries].reverse().find((at) => at < caret) : boundaries.find((at) => at > caret);
  return { value, caret: next ?? caret };
}

/**
 * The arrow keys a person presses point at the screen, not at the text's order: in a
 * right-to-left field, the left arrow moves the caret forward.
 */
export function moveCaretVisually(state: EditState, arrow: 'left' | 'right', direction: 'ltr' | 'rtl'): EditState {
  const isForward = (arrow === 'right') === (direction === 'ltr');
  return moveCaret(state, isForward ? 'forward' : 'back');
}
