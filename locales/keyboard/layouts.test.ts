import { describe, expect, it } from 'vitest';
import { layoutForField, letterLayouts, lettersFor, otherLetters, padLayouts, type Key } from './layouts';

const typed = (rows: readonly (readonly Key[])[] | undefined): string[] => (rows ?? []).flat().flatMap((key) => (key.kind === 'char' ? [key.text] : []));
const layoutText = (id: keyof typeof letterLayouts): Set<string> => new Set([...typed(letterLayouts[id].rows), ...typed(letterLayouts[id].shiftRows), ...letterLayouts[id].punctuation].flatMap((text) => [...text.normalize('NFC')]));
const missing = (layout: Set<string>, letters: string): string[] => [...letters.normalize('NFC')].filter((letter) => !layout.has(letter));

describe('the keyboard layouts', () => {
  it('given each script, then its layout types every letter of the alphabet (and the signs its words need)', () => {
    expect(missing(layoutText('arabic'), 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئىة')).toEqual([]);
    expect(missing(layoutText('urdu'), 'اآبپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہھءیےئ۔،')).toEqual([]);
    expect(missing(layoutText('devanagari'), 'अआइईउऊऋएऐओऔकखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसहािीुूृेैोौंःँ़्।')).toEqual([]);
    expect(missing(layoutText('malayalam'), 'അആഇഈഉഊഋഎഏഐഒഓഔകഖഗഘങചഛജഝഞടഠഡഢണതഥദധനപഫബഭമയരറലളഴവശഷസഹാിീുൂൃെേൈൊോൌ്ംഃൺൻർൽൾ')).toEqual([]);
    expect(missing(layoutText('french'), "abcdefghijklmnopqrstuvwxyzéèêàâçùûôîïëÉÀÇ',.")).toEqual([]);
    expect(missing(layoutText('email'), 'abcdefghijklmnopqrstuvwxyz0123456789@.-_')).toEqual([]);
  });

  it('given a field kind and a language, then numbers get a pad and words get the person\'s own letters', () => {
    expect(['digits', 'plate', 'phone', 'date', 'email'].map((kind) => layoutForField(kind as 'digits', 'ar'))).toEqual(['digits', 'digits', 'phone', 'date', 'email']);
    expect(['ar', 'ur', 'hi', 'ml', 'fr', 'en'].map((language) => layoutForField('address', language))).toEqual(['arabic', 'urdu', 'devanagari', 'malayalam', 'french', 'latin']);
  });

  it('given a language with no layout of its own yet (a seventh language), then it types Latin letters and offers nothing else', () => {
    expect(lettersFor('bn')).toBe('latin');
    expect(otherLetters('latin', 'bn')).toBeUndefined();
  });

  it('given a script layout, then its switch key offers Latin, and Latin offers the script back', () => {
    expect(otherLetters('urdu', 'ur')).toBe('latin');
    expect(otherLetters('latin', 'ur')).toBe('urdu');
    expect(otherLetters('symbols', 'hi')).toBe('devanagari');
  });

  it('given the phone pad, then it has every digit, a plus sign, erase and done', () => {
    const keys = padLayouts.phone.rows.flat().map((key) => (key.kind === 'char' ? key.text : key.kind));
    expect(keys).toEqual(expect.arrayContaining(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '+', 'backspace', 'done']));
  });

  it('given every layout, then no key is listed twice on one layer', () => {
    for (const layout of Object.values(letterLayouts)) {
      for (const rows of [layout.rows, layout.shiftRows ?? []]) {
        const texts = typed(rows);
        expect(texts.length, layout.id).toBe(new Set(texts).size);
      }
    }
  });
});
