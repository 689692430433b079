import { describe, expect, it } from 'vitest';
import { parseEspeakVoices, resolveVoice } from './espeak-voices';
import { espeakVoicesOutput } from './fixtures/espeak-voices-output';

const voices = parseEspeakVoices(espeakVoicesOutput);

describe('espeak-ng voice list', () => {
  it('given the --voices output, then each voice line is read with its other languages, and MBROLA voices are left out', () => {
    expect(voices).toHaveLength(12);
    expect(voices.find((v) => v.language === 'en-gb')).toEqual({ language: 'en-gb', priority: 2, name: 'English_(Great_Britain)', file: 'gmw/en', alsoSpeaks: [{ language: 'en', priority: 2 }] });
    expect(voices.some((v) => v.file.startsWith('mb/'))).toBe(false);
  });

  it('given output with no voice lines, then the list is empty', () => {
    expect(parseEspeakVoices('Pty Language Age/Gender VoiceName File Other Languages\n\n')).toEqual([]);
  });
});

describe('voice for a BCP-47 tag', () => {
  it.each([
    ['ar', 'ar'],
    ['en', 'en-gb'],
    ['fr', 'fr-fr'],
    ['ur', 'ur'],
    ['hi', 'hi'],
    ['ml', 'ml'],
    ['ar-QA', 'ar'],
    ['en-US', 'en-us'],
    ['EN_us', 'en-us'],
    ['fr-CA', 'fr-fr'],
    ['ur-Arab-PK', 'ur'],
    ['pt', 'pt'],
    ['pt-BR', 'pt-br'],
  ])('given %s, then the voice is %s', (tag, voice) => {
    expect(resolveVoice(voices, tag)).toBe(voice);
  });

  it.each([['tlh'], ['xx-YY'], [''], ['-v'], ['en gb'], ['--stdout'], ['en;rm']])('given %j, then no voice is found', (tag) => {
    expect(resolveVoice(voices, tag)).toBeUndefined();
  });
});
