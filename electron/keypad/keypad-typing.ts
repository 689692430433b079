// Typing a form field with the tactile keypad on the kiosk keyboard (issue 12): the same keys
// the screen shows (locales/keyboard/), walked with the arrows and pressed with enter. Pure:
// the keypad controller keeps one `Typing` and asks here what a key does to it.
import type { View } from '../bridge/contract';
import { deleteBackward, insertText, maxFieldLength, moveCaret } from '../../locales/keyboard/editing';
import { nextKey, type Arrow, type KeyPosition } from '../../locales/keyboard/key-navigation';
import { caretMove, keyCentres, keyRows, type KeyRows, type PlacedKey } from '../../locales/keyboard/keyboard-rows';
import { fieldDirection, layoutForField, type LayoutId } from '../../locales/keyboard/layouts';
import { textDirection } from '../../locales/text-direction';

export type FormField = NonNullable<View['form']>[number];

export interface Typing {
  readonly field: string;
  readonly layout: LayoutId;
  readonly isShifted: boolean;
  readonly at: KeyPosition;
  /** Where the next character goes, in the field's value (0…length). */
  readonly caret: number;
}

/** What pressing the focused key does. */
export type KeyOutcome =
  | { readonly kind: 'value'; readonly value: string; readonly typing: Typing }
  | { readonly kind: 'moved'; readonly typing: Typing }
  | { readonly kind: 'full' }
  | { readonly kind: 'nothing-to-erase' }
  /** A caret key at the start or end of the text: it cannot go further. */
  | { readonly kind: 'edge'; readonly edge: 'start' | 'end' }
  | { readonly kind: 'done' };

export const keyControlId = (at: KeyPosition): string => `key-${at.row}-${at.index}`;

export function rowsOf(typing: Pick<Typing, 'layout' | 'isShifted'>, language: string): KeyRows {
  return keyRows(typing.layout, typing.isShifted, language);
}

/** Letters of a right-to-left script: their rows are read (and wrapped) from the right. */
const readsRtl = (rows: KeyRows): boolean => !rows.isPad && textDirection(rows.lang) === 'rtl';

const clampTo = (rows: KeyRows, at: KeyPosition): KeyPosition => {
  const row = Math.min(at.row, rows.rows.length - 1);
  return { row, index: Math.min(at.index, (rows.rows[row]?.length ?? 1) - 1) };
};

export function openTyping(field: FormField, language: string): Typing {
  const layout = layoutForField(field.kind, language);
  const rows = keyRows(layout, false, language);
  // the first key in reading order: the top right one in Arabic and Urdu
  const index = readsRtl(rows) ? (rows.rows[0]?.length ?? 1) - 1 : 0;
  return { field: field.name, layout, isShifted: false, at: { row: 0, index }, caret: field.value.length };
}

export function focusedKey(typing: Typing, language: string): PlacedKey | undefined {
  return rowsOf(typing, language).rows[typing.at.row]?.[typing.at.index];
}

/**
 * The arrows point at the screen (the keyboard is drawn the same in every language); at the
 * end of a row they wrap to the next row the way the script reads, so left keeps reading on
 * in Arabic as right does in English.
 */
export function moveKey(typing: Typing, arrow: Arrow, language: string): Typing {
  const rows = rowsOf(typing, language);
  const centres = keyCentres(rows);
  if (!readsRtl(rows)) return { ...typing, at: nextKey(centres, typing.at, arrow) };
  const mirrored = centres.map((row) => row.map((centre) => rows.columns - centre).reverse());
  const flip = (at: KeyPosition): KeyPosition => ({ row: at.row, index: (centres[at.row]?.length ?? 1) - 1 - at.index });
  const mirroredArrow: Arrow = arrow === 'left' ? 'right' : arrow === 'right' ? 'left' : arrow;
  return { ...typing, at: flip(nextKey(mirrored, flip(typing.at), mirroredArrow)) };
}

/** Types text at the caret (a key, or a digit key of the keypad), up to the field's length. */
export function typeText(typing: Typing, field: FormField, text: string): KeyOutcome {
  const next = insertText({ value: field.value, caret: typing.caret }, text, field.maxLength ?? maxFieldLength);
  if (next.value === field.value) return { kind: 'full' };
  return { kind: 'value', value: next.value, typing: { ...typing, caret: next.caret } };
}

export function eraseBack(typing: Typing, field: FormField): KeyOutcome {
  const next = deleteBackward({ value: field.value, caret: typing.caret });
  if (next.value === field.value) return { kind: 'nothing-to-erase' };
  return { kind: 'value', value: next.value, typing: { ...typing, caret: next.caret } };
}

export function pressKey(typing: Typing, field: FormField, view: Pick<View, 'language' | 'direction'>): KeyOutcome {
  const placed = focusedKey(typing, view.language);
  if (!placed) return { kind: 'moved', typing };
  const key = placed.key;
  switch (key.kind) {
    case 'char': {
      const outcome = typeText(typing, field, key.text);
      // one letter from the second layer, then back to the first, as on phones (and on screen)
      if (outcome.kind !== 'value' || !typing.isShifted) return outcome;
      const typed = { ...outcome.typing, isShifted: false };
      return { ...outcome, typing: { ...typed, at: clampTo(rowsOf(typed, view.language), typed.at) } };
    }
    case 'space':
      return typeText(typing, field, ' ');
    case 'backspace':
      return eraseBack(typing, field);
    case 'shift': {
      const shifted = { ...typing, isShifted: !typing.isShifted };
      return { kind: 'moved', typing: { ...shifted, at: clampTo(rowsOf(shifted, view.language), shifted.at) } };
    }
    case 'switch': {
      const switched = { ...typing, layout: key.to, isShifted: false };
      return { kind: 'moved', typing: { ...switched, at: clampTo(rowsOf(switched, view.language), switched.at) } };
    }
    case 'caret': {
      const move = caretMove(key.side, fieldDirection(field.kind, view.direction));
      const moved = moveCaret({ value: field.value, caret: typing.caret }, move);
      if (moved.caret === typing.caret) return { kind: 'edge', edge: move === 'back' ? 'start' : 'end' };
      return { kind: 'moved', typing: { ...typing, caret: moved.caret } };
    }
    case 'done':
      return { kind: 'done' };
  }
}
