// The code a person takes away on the receipt to have a kept document printed later at any
// kiosk or counter: short enough to read out, without letters that look like digits.
import { randomInt } from 'node:crypto';
import { reprintCodeFormat } from '../central-client/document-choice-wire';

const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export function makeReprintCode(pick: (size: number) => number = randomInt): string {
  const letters = Array.from({ length: 8 }, () => alphabet[pick(alphabet.length)] ?? '2');
  const code = `${letters.slice(0, 4).join('')}-${letters.slice(4).join('')}`;
  if (!reprintCodeFormat.test(code)) throw new Error('reprint code alphabet and format disagree');
  return code;
}
