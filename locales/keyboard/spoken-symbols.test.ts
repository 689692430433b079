import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyRows } from './keyboard-rows';
import { layoutIds } from './layouts';
import { spokenSymbolKey, spokenSymbolNames } from './spoken-symbols';

// espeak-ng says nothing for ASCII punctuation in any of our voices (measured: ".", ",", "-",
// "?", "(" … are silent in ar, en, fr, ur, hi and ml), so every such key needs a spoken name.
// Devanagari's dandas sit only on the Hindi keyboard, and the Hindi voice names them
const isDanda = (char: string): boolean => char === '।' || char === '॥';
const english = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'en', 'accessibility.json'), 'utf8')) as { keyboard: { symbol: Record<string, string> } };

describe('keys the speech engine would not say', () => {
  it('given every keyboard and layer, then each punctuation key has a spoken name', () => {
    const unnamed = new Set<string>();
    for (const layout of layoutIds) {
      for (const isShifted of [false, true]) {
        for (const placed of keyRows(layout, isShifted, 'en').rows.flat()) {
          if (placed.key.kind === 'char' && /^[\p{P}\p{S}]$/u.test(placed.key.text) && !spokenSymbolKey(placed.key.text) && !isDanda(placed.key.text)) unnamed.add(placed.key.text);
        }
      }
    }
    expect([...unnamed]).toEqual([]);
  });

  it('given the symbol names, then English has a text for each (the other languages follow English)', () => {
    expect(spokenSymbolNames.filter((name) => !english.keyboard.symbol[name])).toEqual([]);
  });
});
