// The keys on screen for a layout: its letter rows (or the shifted layer) and the row of
// switches, caret keys, space, punctuation and Done under them. Pure, so it is tested alone,
// and shared: the renderer draws these rows and the kiosk core walks them with the tactile keypad.
import { isPad, letterLayouts, otherLetters, padLayouts, type Key, type LayoutId } from './layouts';

export interface PlacedKey {
  /** data-key: the text a char key types, else the function's name (`backspace`, `switch-latin`). */
  readonly id: string;
  readonly key: Key;
  /** Width in key units; the space bar takes what is left of its row. */
  readonly span: number;
  readonly isGrow?: boolean;
}

export interface KeyRows {
  readonly rows: readonly (readonly PlacedKey[])[];
  /** Key units across the widest row, for the key width. */
  readonly columns: number;
  /** The lang of the key caps. */
  readonly lang: string;
  readonly isPad: boolean;
}

export function keyId(key: Key): string {
  switch (key.kind) {
    case 'char':
      return key.text;
    case 'caret':
      return `caret-${key.side}`;
    case 'switch':
      return `switch-${key.to}`;
    default:
      return key.kind;
  }
}

const spanOf = (key: Key): number => (key.kind === 'shift' || key.kind === 'backspace' ? 1.5 : 1);
const place = (key: Key, span = spanOf(key)): PlacedKey => ({ id: keyId(key), key, span });
const widthOf = (row: readonly PlacedKey[]): number => row.reduce((sum, key) => sum + key.span, 0);

/** The letters of a row in reverse, the function keys (shift, erase) where they were. */
function reverseLetters(row: readonly Key[]): Key[] {
  const letters = row.filter((key) => key.kind === 'char').reverse();
  return row.map((key) => (key.kind === 'char' ? (letters.shift() ?? key) : key));
}

export function keyRows(layout: LayoutId, isShifted: boolean, language: string): KeyRows {
  if (isPad(layout)) {
    const rows = padLayouts[layout].rows.map((row) => row.map((key) => place(key, row.length === 2 && key.kind === 'done' ? 2 : 1)));
    return { rows, columns: 3, lang: 'en', isPad: true };
  }
  const letters = letterLayouts[layout];
  const charRows = (isShifted && letters.shiftRows ? letters.shiftRows : letters.rows).map((row) => (letters.isAlphabetRtl ? reverseLetters(row) : row).map((key) => place(key)));
  const other = otherLetters(layout, language);
  const bottom: PlacedKey[] = [
    ...(layout === 'email' ? [] : [place({ kind: 'switch', to: layout === 'symbols' ? (otherLetters('symbols', language) ?? 'latin') : 'symbols' }, 1.5)]),
    ...(other && layout !== 'symbols' ? [place({ kind: 'switch', to: other }, 1.5)] : []),
    place({ kind: 'caret', side: 'left' }),
    ...(letters.hasNoSpace ? [] : [{ ...place({ kind: 'space' }, 3), isGrow: true }]),
    place({ kind: 'caret', side: 'right' }),
    ...letters.punctuation.map((text) => place({ kind: 'char', text })),
    place({ kind: 'done' }, 2),
  ];
  const columns = Math.max(...charRows.map(widthOf), widthOf(bottom));
  return { rows: [...charRows, bottom], columns, lang: letters.lang, isPad: false };
}

/** Back or forward in the text, for a caret arrow pointing to this side of the screen. */
export function caretMove(side: 'left' | 'right', direction: 'ltr' | 'rtl'): 'back' | 'forward' {
  return (side === 'right') === (direction === 'ltr') ? 'forward' : 'back';
}

/**
 * Each key's horizontal centre in key units, as the renderer lays the rows out (each row
 * centred, the space bar growing to fill its row), for moving up and down without a screen.
 */
export function keyCentres({ rows, columns }: KeyRows): number[][] {
  return rows.map((row) => {
    const grow = row.some((key) => key.isGrow) ? columns - widthOf(row) : 0;
    let at = (columns - widthOf(row) - grow) / 2;
    return row.map((key) => {
      const span = key.span + (key.isGrow ? grow : 0);
      const centre = at + span / 2;
      at += span;
      return centre;
    });
  });
}
