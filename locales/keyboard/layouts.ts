// The kiosk's own keyboards, as data (here, beside the languages, so the renderer draws them
// and the kiosk core walks them with the tactile keypad from one source). System on-screen keyboards never show above a
// full-screen kiosk window, so every form field types through these. Letter rows follow
// what residents know from their phones (AZERTY for French, the Arabic phone layout) or,
// where phones disagree (Urdu, Devanagari, Malayalam), the alphabet's own order, with the
// vowel signs and the commonest letters on the first layer.

export const letterLayoutIds = ['latin', 'french', 'arabic', 'urdu', 'devanagari', 'malayalam', 'symbols', 'email'] as const;
export const padLayoutIds = ['digits', 'phone', 'date'] as const;
/** Every keyboard, for the bridge contract (the view names the one the keypad types on). */
export const layoutIds = [...letterLayoutIds, ...padLayoutIds] as const;
export type LetterLayoutId = (typeof letterLayoutIds)[number];
export type PadLayoutId = (typeof padLayoutIds)[number];
export type LayoutId = LetterLayoutId | PadLayoutId;

export type Key =
  | { readonly kind: 'char'; readonly text: string }
  | { readonly kind: 'backspace' }
  | { readonly kind: 'space' }
  | { readonly kind: 'shift' }
  | { readonly kind: 'switch'; readonly to: LetterLayoutId }
  /** Moves the caret the way its arrow points on screen (the field's direction decides back or forward). */
  | { readonly kind: 'caret'; readonly side: 'left' | 'right' }
  | { readonly kind: 'done' };

export interface LetterLayout {
  readonly id: LetterLayoutId;
  /** The lang of the key caps (picks their font). */
  readonly lang: string;
  /** A few letters naming the layout on the key that switches to it. */
  readonly cap: string;
  readonly rows: readonly (readonly Key[])[];
  /** The second layer (capitals; independent vowels and rarer letters), if any. */
  readonly shiftRows?: readonly (readonly Key[])[];
  /** The punctuation keys beside the space bar. */
  readonly punctuation: readonly string[];
  /** No space bar (e-mail addresses have no spaces). */
  readonly hasNoSpace?: boolean;
  /** Letters in alphabetical order that read right to left: the first letter sits at the right. */
  readonly isAlphabetRtl?: boolean;
}

export interface PadLayout {
  readonly id: PadLayoutId;
  readonly rows: readonly (readonly Key[])[];
}

/** One key per code point (vowel signs are keys of their own, not parts of a cluster). */
const chars = (letters: string): Key[] => [...letters.normalize('NFC')].map((text) => ({ kind: 'char', text }));
/** Space-separated, for keys that type more than one code point (क्ष, ड़, .com). */
const words = (list: string): Key[] => list.split(' ').map((text) => ({ kind: 'char', text }));
const shift: Key = { kind: 'shift' };
const backspace: Key = { kind: 'backspace' };

const latinLower = [chars('qwertyuiop'), chars('asdfghjkl'), [shift, ...chars('zxcvbnm'), backspace]];

export const letterLayouts: Readonly<Record<LetterLayoutId, LetterLayout>> = {
  latin: {
    id: 'latin',
    lang: 'en',
    cap: 'ABC',
    rows: latinLower,
    shiftRows: [chars('QWERTYUIOP'), chars('ASDFGHJKL'), [shift, ...chars('ZXCVBNM'), backspace]],
    punctuation: [',', '.'],
  },
  french: {
    id: 'french',
    lang: 'fr',
    cap: 'AZERTY',
    rows: [chars('éèêàâçùûôîïë'), chars('azertyuiop'), chars('qsdfghjklm'), [shift, ...chars("wxcvbn'"), backspace]],
    shiftRows: [chars('ÉÈÊÀÂÇÙÛÔÎÏË'), chars('AZERTYUIOP'), chars('QSDFGHJKLM'), [shift, ...chars("WXCVBN'"), backspace]],
    punctuation: [',', '.'],
  },
  arabic: {
    id: 'arabic',
    lang: 'ar',
    cap: 'أ ب ت',
    rows: [chars('ضصثقفغعهخحجد'), chars('شسيبلاتنمكطذ'), [...chars('ئءؤرىةوزظإأآ'), backspace]],
    punctuation: ['،', '.'],
  },
  urdu: {
    id: 'urdu',
    lang: 'ur',
    cap: 'ا ب پ',
    rows: [chars('اآبپتٹثجچحخ'), chars('دڈذرڑزژسشصض'), chars('طظعغفقکگلمن'), [...chars('ںوؤہھءیئےۓ'), backspace]],
    punctuation: ['،', '۔'],
    isAlphabetRtl: true,
  },
  devanagari: {
    id: 'devanagari',
    lang: 'hi',
    cap: 'क ख ग',
    rows: [chars('ािीुूेैोौं्ृ'), chars('कखगघचछजझटठडढ'), chars('तथदधनपफबभमयर'), [shift, ...chars('लवशषसहणञङ'), ...words('ड़'), backspace]],
    shiftRows: [chars('अआइईउऊएऐओऔऋः'), [...chars('ँॅॉऑ'), ...words('ढ़ क़ ख़ ग़ ज़ फ़'), ...chars('़')], [shift, ...words('क्ष त्र ज्ञ श्र'), ...chars('।॥'), backspace]],
    punctuation: [',', '।'],
  },
  malayalam: {
    id: 'malayalam',
    lang: 'ml',
    cap: 'ക ഖ ഗ',
    rows: [chars('ാിീുൂെേൈൊോ്ം'), chars('കഖഗഘങചഛജഝഞടഠഡ'), chars('ഢണതഥദധനപഫബഭമയ'), [shift, ...chars('രറലളഴവശഷസഹ'), backspace]],
    shiftRows: [chars('അആഇഈഉഊഋഎഏഐഒഓഔ'), [shift, ...chars('ൃൌഃൺൻർൽൾ'), backspace]],
    punctuation: [',', '.'],
  },
  symbols: {
    id: 'symbols',
    lang: 'en',
    cap: '?123',
    rows: [chars('1234567890'), chars('-/:;()&@"'), [...chars("#+_'?!%*="), backspace]],
    punctuation: [',', '.'],
  },
  email: {
    id: 'email',
    lang: 'en',
    cap: 'ABC',
    rows: [chars('1234567890'), ...latinLower],
    punctuation: ['@', '.', '-', '_', '.com'],
    hasNoSpace: true,
  },
};

const caretLeft: Key = { kind: 'caret', side: 'left' };
const caretRight: Key = { kind: 'caret', side: 'right' };
const done: Key = { kind: 'done' };

export const padLayouts: Readonly<Record<PadLayoutId, PadLayout>> = {
  digits: { id: 'digits', rows: [chars('123'), chars('456'), chars('789'), [caretLeft, ...chars('0'), caretRight], [backspace, done]] },
  phone: { id: 'phone', rows: [chars('123'), chars('456'), chars('789'), [...chars('+0'), backspace], [caretLeft, caretRight, done]] },
  date: { id: 'date', rows: [chars('123'), chars('456'), chars('789'), [...chars('-0'), backspace], [caretLeft, caretRight, done]] },
};

/** Each language's letters; a language without its own layout (yet) types Latin. */
const lettersByLanguage: Readonly<Record<string, LetterLayoutId>> = { ar: 'arabic', ur: 'urdu', hi: 'devanagari', ml: 'malayalam', fr: 'french', en: 'latin' };

export function lettersFor(language: string): LetterLayoutId {
  return lettersByLanguage[language.toLowerCase().split('-')[0] ?? language] ?? 'latin';
}

/** The form field kinds of the view (`contract.ts`). */
export type FieldKind = 'text' | 'digits' | 'phone' | 'email' | 'plate' | 'choice' | 'date' | 'address';

/** Which keyboard a field opens with: a pad for numbers, the person's own letters for words. */
export function layoutForField(kind: FieldKind, language: string): LayoutId {
  switch (kind) {
    case 'digits':
    case 'plate':
      return 'digits';
    case 'phone':
      return 'phone';
    case 'date':
      return 'date';
    case 'email':
      return 'email';
    case 'text':
    case 'address':
    case 'choice':
      return lettersFor(language);
  }
}

/** The other letters a layout's switch key offers: Latin from a script, the script from Latin. */
export function otherLetters(current: LetterLayoutId, language: string): LetterLayoutId | undefined {
  const own = lettersFor(language);
  if (current === 'email') return undefined;
  if (current === 'symbols') return own;
  if (current !== 'latin') return 'latin';
  return own === 'latin' ? undefined : own;
}

export function isPad(id: LayoutId): id is PadLayoutId {
  return id === 'digits' || id === 'phone' || id === 'date';
}

// Numbers, plates, phones, dates and e-mail addresses read left to right in every language.
const ltrKinds: ReadonlySet<FieldKind> = new Set(['digits', 'phone', 'email', 'plate', 'date']);

/** The direction a field's text is written in (where erase and the caret keys point). */
export function fieldDirection(kind: FieldKind, screenDirection: 'ltr' | 'rtl'): 'ltr' | 'rtl' {
  return ltrKinds.has(kind) ? 'ltr' : screenDirection;
}
