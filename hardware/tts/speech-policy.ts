// Pure: what may be said aloud, where anyone nearby can hear it (EN 301 549 5.1.3.13 private
// listening, ADA 707.5). Personal data only through headphones; PIN digits never, a tone instead.

/** What an utterance carries, tagged by whoever builds it (the screen description, the receipt…). */
export type SpeechContent =
  /** Prompts, menus, key help, errors without personal details: spoken on the speaker too. */
  | 'public'
  /** Names, ID numbers, amounts owed, references, receipt lines. */
  | 'personal'
  /** A digit typed into a masked field (the PIN): its value is never synthesised. */
  | 'masked-pin-digit';

export type SpeechDecision =
  | { readonly action: 'speak' }
  /** Play the short feedback tone instead of any words. */
  | { readonly action: 'tone'; readonly tone: 'key-accepted' }
  /** Say nothing of it; the caller speaks a public hint such as "plug in headphones to hear the details". */
  | { readonly action: 'refuse'; readonly reason: 'personal-needs-headphones' };

/** `isHeadphonePluggedIn` should be false whenever the jack's health is not ok: unknown means the speaker. */
export function decideSpeech(content: SpeechContent, isHeadphonePluggedIn: boolean): SpeechDecision {
  switch (content) {
    case 'masked-pin-digit':
      return { action: 'tone', tone: 'key-accepted' };
    case 'personal':
      return isHeadphonePluggedIn ? { action: 'speak' } : { action: 'refuse', reason: 'personal-needs-headphones' };
    case 'public':
      return { action: 'speak' };
  }
}
