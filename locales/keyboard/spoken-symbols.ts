// The keys whose character a speech engine says nothing for: espeak-ng is silent on most
// punctuation (".", ",", "-", "?"…) in every voice, so each has a name in
// locales/<lang>/accessibility.json (`keyboard.symbol.<name>`). Letters, digits and the
// scripts' own signs are said by the engine itself and need no entry.
const names: Readonly<Record<string, string>> = {
  '-': 'hyphen',
  '/': 'slash',
  ':': 'colon',
  ';': 'semicolon',
  '(': 'open-bracket',
  ')': 'close-bracket',
  '&': 'ampersand',
  '@': 'at',
  '"': 'quote',
  '#': 'hash',
  '+': 'plus',
  _: 'underscore',
  "'": 'apostrophe',
  '?': 'question',
  '!': 'exclamation',
  '%': 'percent',
  '*': 'asterisk',
  '=': 'equals',
  ',': 'comma',
  '،': 'comma',
  '.': 'full-stop',
  '۔': 'full-stop',
  ' ': 'space',
};

/** The locale key naming a character aloud, if the engine would not say it. */
export function spokenSymbolKey(char: string): string | undefined {
  const name = names[char];
  return name === undefined ? undefined : `accessibility:keyboard.symbol.${name}`;
}

/** Every named symbol (for the locale completeness test). */
export const spokenSymbolNames: readonly string[] = [...new Set(Object.values(names))];
