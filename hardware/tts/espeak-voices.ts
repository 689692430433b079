// Pure: reads `espeak-ng --voices` and picks the voice for a BCP-47 tag, so a missing
// language is known before anything is spoken and any tag (`ar-QA`, `en-GB`, `ur-Arab-PK`)
// lands on the closest installed voice.

export interface EspeakVoice {
  /** What `-v` accepts, e.g. `en-gb`, `fr-fr`, `ar`. */
  readonly language: string;
  readonly priority: number;
  readonly name: string;
  readonly file: string;
  /** Other languages this voice speaks, with espeak-ng's priority (lower is preferred). */
  readonly alsoSpeaks: readonly { readonly language: string; readonly priority: number }[];
}

// " 2  en-gb   --/M   English_(Great_Britain) gmw/en   (en 2)(en-gb 3)"
const voiceLine = /^\s*(\d+)\s+(\S+)\s+\S+\s+(\S+)\s+(\S+)\s*(.*)$/;
const otherLanguage = /\((\S+)\s+(\d+)\)/g;

/** Lines that are not voices (the header, blanks) are passed over. */
export function parseEspeakVoices(output: string): EspeakVoice[] {
  const voices: EspeakVoice[] = [];
  for (const line of output.split('\n')) {
    const match = voiceLine.exec(line);
    if (!match) continue;
    const [, priority = '', language = '', name = '', file = '', rest = ''] = match;
    // MBROLA voices need the separate mbrola binary and databases, which we do not install
    if (file.startsWith('mb/')) continue;
    const alsoSpeaks = [...rest.matchAll(otherLanguage)].map((m) => ({ language: (m[1] ?? '').toLowerCase(), priority: Number(m[2]) }));
    voices.push({ language: language.toLowerCase(), priority: Number(priority), name, file, alsoSpeaks });
  }
  return voices;
}

// RFC 5646 shape, loosely: letters first, then alphanumeric subtags; nothing else reaches `-v`.
const bcp47 = /^[a-z]{2,8}(-[a-z0-9]{1,8})*$/;

/** `en-GB-x-rp` → [`en-gb-x-rp`, `en-gb-x`, `en-gb`, `en`]: most specific first. */
function fallbacks(tag: string): string[] {
  const parts = tag.split('-');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
}

function bestFor(voices: readonly EspeakVoice[], language: string): EspeakVoice | undefined {
  let best: { voice: EspeakVoice; priority: number } | undefined;
  for (const voice of voices) {
    const priorities = [voice.language === language ? voice.priority : Infinity, ...voice.alsoSpeaks.filter((o) => o.language === language).map((o) => o.priority)];
    const priority = Math.min(...priorities);
    if (priority < (best?.priority ?? Infinity)) best = { voice, priority };
  }
  return best?.voice;
}

/** The `-v` argument for a BCP-47 tag, or undefined when no installed voice speaks it. */
export function resolveVoice(voices: readonly EspeakVoice[], tag: string): string | undefined {
  const normalised = tag.trim().toLowerCase().replace(/_/g, '-');
  if (!bcp47.test(normalised)) return undefined;
  for (const candidate of fallbacks(normalised)) {
    const voice = bestFor(voices, candidate);
    if (voice) return voice.language;
  }
  return undefined;
}
