// Pure: reads what `amixer -c N cget iface=CARD,name='Headphone Jack'` and /proc/asound/cards
// print. The jack is a read-only BOOLEAN "CARD" control that HDA and ASoC codec drivers create:
//   numid=12,iface=CARD,name='Headphone Jack'
//     ; type=BOOLEAN,access=r-------,values=1
//     : values=off
import { err, ok, type Result } from '../result';

export function parseJackControl(stdout: string): Result<boolean, { readonly kind: 'unreadable' }> {
  if (!/;\s*type=BOOLEAN\b/.test(stdout)) return err({ kind: 'unreadable' });
  const value = /^\s*:\s*values=(on|off)\s*$/m.exec(stdout);
  return value ? ok(value[1] === 'on') : err({ kind: 'unreadable' });
}

/** Card indices listed in /proc/asound/cards (" 0 [PCH            ]: HDA-Intel - HDA Intel PCH"). */
export function parseSoundCards(text: string): number[] {
  return [...text.matchAll(/^\s*(\d+)\s+\[/gm)].map((match) => Number(match[1]));
}

export type AmixerFailure = 'no-control' | 'no-card' | 'other';

/** What amixer's stderr says went wrong (alsa-utils amixer.c wording). */
export function classifyAmixerFailure(stderr: string): AmixerFailure {
  if (/Cannot find the given element/i.test(stderr)) return 'no-control';
  if (/Invalid card number|open error/i.test(stderr)) return 'no-card';
  return 'other';
}
