// Moving between keys with arrow keys (a tactile keypad or a keyboard): left and right along
// a row, wrapping to the next; up and down to the key whose centre is nearest in that row.

export interface KeyPosition {
  readonly row: number;
  readonly index: number;
}

export type Arrow = 'up' | 'down' | 'left' | 'right';

/** centres[row][index]: each key's horizontal centre on screen, in px. */
export function nextKey(centres: readonly (readonly number[])[], from: KeyPosition, arrow: Arrow): KeyPosition {
  const rowLength = (row: number): number => centres[row]?.length ?? 0;
  if (arrow === 'left' || arrow === 'right') {
    const step = arrow === 'right' ? 1 : -1;
    const index = from.index + step;
    if (index >= 0 && index < rowLength(from.row)) return { row: from.row, index };
    const row = from.row + step;
    if (row < 0 || row >= centres.length) return from;
    return { row, index: step > 0 ? 0 : rowLength(row) - 1 };
  }
  const row = from.row + (arrow === 'down' ? 1 : -1);
  const targets = centres[row];
  const x = centres[from.row]?.[from.index];
  if (!targets || targets.length === 0 || x === undefined) return from;
  let best = 0;
  targets.forEach((centre, index) => {
    if (Math.abs(centre - x) < Math.abs((targets[best] ?? Infinity) - x)) best = index;
  });
  return { row, index: best };
}

const arrows: Readonly<Record<string, Arrow>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

export function arrowOf(key: string): Arrow | undefined {
  return arrows[key];
}
