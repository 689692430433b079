import { describe, expect, it } from 'vitest';
import { classifyAmixerFailure, parseJackControl, parseSoundCards } from './amixer-jack-state';
import { amixerOutput, procAsoundCards } from './fixtures/amixer-output';

describe('amixer jack control', () => {
  it.each([
    ['values=on', amixerOutput.jackOn, { ok: true, value: true }],
    ['values=off', amixerOutput.jackOff, { ok: true, value: false }],
    ['an INTEGER control', amixerOutput.notBoolean, { ok: false, error: { kind: 'unreadable' } }],
    ['nothing', '', { ok: false, error: { kind: 'unreadable' } }],
    ['a BOOLEAN with a value that is not on/off', "numid=1,iface=CARD,name='Headphone Jack'\n  ; type=BOOLEAN,access=r-------,values=1\n  : values=maybe\n", { ok: false, error: { kind: 'unreadable' } }],
  ])('given %s, then the state is %j', (_name, stdout, expected) => {
    expect(parseJackControl(stdout)).toEqual(expected);
  });
});

describe('sound cards and amixer failures', () => {
  it('given /proc/asound/cards with two cards, then both indices are read; with none, the list is empty', () => {
    expect(parseSoundCards(procAsoundCards.twoCards)).toEqual([0, 1]);
    expect(parseSoundCards(procAsoundCards.none)).toEqual([]);
  });

  it.each([
    [amixerOutput.noControlStderr, 'no-control'],
    [amixerOutput.noCardStderr, 'no-card'],
    [amixerOutput.cannotOpenStderr, 'no-card'],
    ['Segmentation fault', 'other'],
  ])('given amixer said %j, then it is %s', (stderr, failure) => {
    expect(classifyAmixerFailure(stderr)).toBe(failure);
  });
});
