import { describe, expect, it } from 'vitest';
import { caretMove, keyCentres, keyRows } from './keyboard-rows';
import { nextKey } from './key-navigation';

const ids = (rows: ReturnType<typeof keyRows>['rows'], row: number): string[] => (rows[row] ?? []).map((key) => key.id);

describe('the keys on screen', () => {
  it('given Urdu letters, then the last row switches to symbols and to Latin, moves the caret, spaces, and has Urdu punctuation and Done', () => {
    const { rows, lang } = keyRows('urdu', false, 'ur');
    expect(lang).toBe('ur');
    expect(ids(rows, rows.length - 1)).toEqual(['switch-symbols', 'switch-latin', 'caret-left', 'space', 'caret-right', '،', '۔', 'done']);
  });

  it('given Latin letters on an Arabic screen, then the switch offers Arabic back; shifted, the letters are capitals', () => {
    const { rows } = keyRows('latin', true, 'ar');
    expect(ids(rows, 0)).toEqual(['Q', 'W', 'E', 'R', 'T', 'Y', 'U', 'I', 'O', 'P']);
    expect(ids(rows, rows.length - 1).slice(0, 2)).toEqual(['switch-symbols', 'switch-arabic']);
  });

  it('given the symbols on a Hindi screen, then one switch leads back to Devanagari', () => {
    const { rows } = keyRows('symbols', false, 'hi');
    expect(ids(rows, rows.length - 1).filter((id) => id.startsWith('switch-'))).toEqual(['switch-devanagari']);
  });

  it('given an e-mail field, then there is no space bar and the @ is on the last row', () => {
    const { rows } = keyRows('email', false, 'fr');
    expect(ids(rows, rows.length - 1)).toEqual(['caret-left', 'caret-right', '@', '.', '-', '_', '.com', 'done']);
  });

  it('given the phone pad, then it is three keys wide with Done filling the last row', () => {
    const { rows, columns, isPad } = keyRows('phone', false, 'ar');
    expect({ columns, isPad }).toEqual({ columns: 3, isPad: true });
    expect(rows.map((row) => row.reduce((sum, key) => sum + key.span, 0))).toEqual([3, 3, 3, 3, 3]);
  });
});

describe('where the keys sit, for the keypad that walks them without a screen', () => {
  it('given the phone pad, then its three columns are centred at 0.5, 1.5 and 2.5 key units', () => {
    expect(keyCentres(keyRows('phone', false, 'en'))[0]).toEqual([0.5, 1.5, 2.5]);
  });

  it('given Latin letters, then the shorter rows are centred under the longest and the space bar fills the last row', () => {
    const rows = keyRows('latin', false, 'en');
    const centres = keyCentres(rows);
    expect(centres[1]?.[0]).toBeCloseTo((rows.columns - 9) / 2 + 0.5); // nine keys, centred
    const last = centres.at(-1) ?? [];
    const spaceAt = rows.rows.at(-1)?.findIndex((key) => key.id === 'space') ?? -1;
    // the row fills the keyboard: its last key ends at the right edge
    expect(last.at(-1)).toBeCloseTo(rows.columns - 1);
    expect(last[spaceAt]).toBeGreaterThan(last[spaceAt - 1] ?? 0);
  });
});

describe('moving between keys with the arrow keys', () => {
  const centres = [
    [50, 150, 250, 350],
    [100, 200, 300],
    [60, 340],
  ];

  it('given a key, when down is pressed, then the key below whose centre is nearest gets the focus', () => {
    expect(nextKey(centres, { row: 0, index: 3 }, 'down')).toEqual({ row: 1, index: 2 });
    expect(nextKey(centres, { row: 1, index: 0 }, 'down')).toEqual({ row: 2, index: 0 });
  });

  it('given the last key of a row, when right is pressed, then the first key of the next row gets the focus', () => {
    expect(nextKey(centres, { row: 0, index: 3 }, 'right')).toEqual({ row: 1, index: 0 });
    expect(nextKey(centres, { row: 1, index: 0 }, 'left')).toEqual({ row: 0, index: 3 });
  });

  it('given the edges of the keyboard, when moving out of it, then the focus stays', () => {
    expect(nextKey(centres, { row: 0, index: 1 }, 'up')).toEqual({ row: 0, index: 1 });
    expect(nextKey(centres, { row: 2, index: 1 }, 'right')).toEqual({ row: 2, index: 1 });
  });
});

describe('right-to-left keyboards', () => {
  it('given the Urdu letters in alphabetical order, then alif sits at the right of the first row and erase stays at the right end', () => {
    const { rows } = keyRows('urdu', false, 'ur');
    expect(ids(rows, 0).at(-1)).toBe('ا');
    expect(ids(rows, 0)[0]).toBe('خ');
    expect(ids(rows, 3).at(-1)).toBe('backspace');
  });

  it('given the Arabic phone layout, then it is not mirrored: ض is at the top left, as on phones', () => {
    expect(ids(keyRows('arabic', false, 'ar').rows, 0)[0]).toBe('ض');
  });

  it('given a right-to-left field, then the caret key pointing left moves the caret forward in the text', () => {
    expect([caretMove('left', 'rtl'), caretMove('right', 'rtl'), caretMove('left', 'ltr'), caretMove('right', 'ltr')]).toEqual(['forward', 'back', 'back', 'forward']);
  });
});
