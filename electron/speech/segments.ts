// What the kiosk says, before it is words: pieces of a spoken description, each tagged with
// what it carries (public, personal, a masked PIN digit) where it is built, and turned into
// text in the session's language only when it is about to be spoken.
import type { Money, Text } from '../bridge/contract';
import type { SpeechContent } from '../../hardware/tts/speech-policy';
import { spokenSymbolKey } from '../../locales/keyboard/spoken-symbols';

export type Segment =
  /** A locale key; static when it has no values (then it can be rendered ahead of time). */
  | { readonly kind: 'text'; readonly text: Text; readonly content: SpeechContent }
  /** Words that are not in the locales: names, references, codes (`isSpelled`: one character at a time). */
  | { readonly kind: 'plain'; readonly value: string; readonly content: SpeechContent; readonly isSpelled?: boolean }
  | { readonly kind: 'money'; readonly money: Money; readonly content: SpeechContent }
  /** A language's own name, said in its own voice (the language screen). */
  | { readonly kind: 'language'; readonly language: string }
  /** The key tone for a digit typed into a masked field: never the digit. */
  | { readonly kind: 'pin-digit' }
  /**
   * What the keypad just typed into (or erased from) a field, echoed: it is personal, so it is
   * said into headphones only; on the speaker the key tone says the key worked.
   */
  | { readonly kind: 'typed'; readonly value: string };

export type Translate = (language: string, key: string, values?: Readonly<Record<string, string | number>>) => string;

/** One thing to say (or the tone to play), ready for the policy and the engine. */
export type Utterance =
  | { readonly kind: 'speech'; readonly text: string; readonly language: string; readonly content: SpeechContent; readonly isStatic: boolean }
  | { readonly kind: 'tone'; readonly content: 'masked-pin-digit' };

export const text = (key: string, values: Record<string, string | number> = {}, content: SpeechContent = 'public'): Segment => ({ kind: 'text', text: { key, values }, content });
export const personal = (key: string, values: Record<string, string | number> = {}): Segment => text(key, values, 'personal');

/** 12345 minor units of QAR → "123.45 Qatari riyals", in words a speech engine reads well. */
export function spokenMoney(money: Money, language: string): string {
  const format = new Intl.NumberFormat(`${language}-u-nu-latn`, {
    style: 'currency',
    currency: money.currency,
    currencyDisplay: 'name',
    minimumFractionDigits: money.minorUnits,
    maximumFractionDigits: money.minorUnits,
  });
  return format.format(money.amountMinor / 10 ** money.minorUnits);
}

/** "K7-3F2A" → "K 7 - 3 F 2 A": a code is read character by character, as a person would. */
export function spelled(value: string): string {
  return [...value].filter((character) => character.trim() !== '').join(' ');
}

export function toUtterance(segment: Segment, language: string, translate: Translate): Utterance {
  switch (segment.kind) {
    case 'text':
      return { kind: 'speech', text: translate(language, segment.text.key, segment.text.values), language, content: segment.content, isStatic: Object.keys(segment.text.values).length === 0 };
    case 'plain':
      return { kind: 'speech', text: segment.isSpelled ? spelled(segment.value) : segment.value, language, content: segment.content, isStatic: false };
    case 'money':
      return { kind: 'speech', text: spokenMoney(segment.money, language), language, content: segment.content, isStatic: false };
    case 'language':
      return { kind: 'speech', text: translate(segment.language, 'screens:self-name'), language: segment.language, content: 'public', isStatic: true };
    case 'pin-digit':
      return { kind: 'tone', content: 'masked-pin-digit' };
    case 'typed': {
      // punctuation by its name (the engine is silent on it), the rest as typed
      const symbol = spokenSymbolKey(segment.value);
      return { kind: 'speech', text: symbol ? translate(language, symbol) : segment.value, language, content: 'personal', isStatic: false };
    }
  }
}
