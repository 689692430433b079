import { describe, expect, it } from 'vitest';
import { cardHolders } from '../../central/seed/people';
import * as apdu from './apdu';
import { fileIds, idApplicationAid, pinToBlock } from './id-card-profile';
import { makeTestCard } from './test-cards';

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s/g, ''), 'hex'));
const swOf = (r: Uint8Array) => Buffer.from(r.subarray(-2)).toString('hex').toUpperCase();

describe('ID card applet (the card side)', () => {
  it('given the application is not selected, then file commands are refused with 6985', () => {
    const card = makeTestCard('resident');
    expect(swOf(card.process(apdu.readBinary(0, 16)))).toBe('6985');
  });

  it('given an unknown AID, then SELECT answers 6A82', () => {
    expect(swOf(makeTestCard('resident').process(apdu.selectByAid(hex('A000000001'))))).toBe('6A82');
  });

  it('given READ BINARY asking past the end of the file, then it answers 6Cxx with what is left', () => {
    const card = makeTestCard('resident');
    card.process(apdu.selectByAid(idApplicationAid));
    card.process(apdu.selectFile(fileIds.certificate));
    const answer = card.process(apdu.readBinary(0, 256));
    expect(swOf(answer).slice(0, 2)).toBe('6C');
    const exact = answer[1] ?? 0;
    const file = card.process(apdu.readBinary(0, exact));
    expect(swOf(file)).toBe('9000');
    expect(file.length).toBe(exact + 2);
  });

  it('given INTERNAL AUTHENTICATE, then the signature comes through GET RESPONSE in 61xx chunks', () => {
    const card = makeTestCard('resident');
    card.process(apdu.selectByAid(idApplicationAid));
    expect(swOf(card.process(apdu.internalAuthenticate(new Uint8Array(32))))).toBe('6140');
    const first = card.process(apdu.getResponse(0x40));
    expect(swOf(first)).toBe('6110');
    expect(first.length).toBe(48 + 2);
    const last = card.process(apdu.getResponse(0x10));
    expect(swOf(last)).toBe('9000');
    expect(last.length).toBe(16 + 2);
  });

  it('given wrong PINs, then 63Cx counts down to 63C0 and then 6983; a power cycle keeps the counter', () => {
    const card = makeTestCard('resident');
    card.process(apdu.selectByAid(idApplicationAid));
    expect(swOf(card.process(apdu.verify()))).toBe('63C3');
    expect(swOf(card.process(apdu.verify(pinToBlock('0000'))))).toBe('63C2');
    card.reset();
    card.process(apdu.selectByAid(idApplicationAid));
    expect(swOf(card.process(apdu.verify(pinToBlock('0000'))))).toBe('63C1');
    expect(swOf(card.process(apdu.verify(pinToBlock('0000'))))).toBe('63C0');
    expect(swOf(card.process(apdu.verify(pinToBlock(cardHolders.resident.pin))))).toBe('6983');
  });

  it('given a PIN block of the wrong length, then 6700 and no try is spent', () => {
    const card = makeTestCard('resident');
    card.process(apdu.selectByAid(idApplicationAid));
    expect(swOf(card.process(apdu.verify(hex('3132'))))).toBe('6700');
    expect(swOf(card.process(apdu.verify()))).toBe('63C3');
  });

  it('given the right PIN after a wrong one, then 9000 and the counter is back to three', () => {
    const card = makeTestCard('sponsor');
    card.process(apdu.selectByAid(idApplicationAid));
    card.process(apdu.verify(pinToBlock('0000')));
    expect(swOf(card.process(apdu.verify(pinToBlock(cardHolders.sponsor.pin))))).toBe('9000');
    expect(card.pinTriesLeft).toBe(3);
  });

  it('given random bytes, then it always answers with at least a status word and never throws', () => {
    const card = makeTestCard('resident');
    for (let i = 0; i < 3000; i++) {
      const bytes = Uint8Array.from({ length: Math.floor(Math.random() * 40) }, () => Math.floor(Math.random() * 256));
      if (i % 3 === 0) card.process(apdu.selectByAid(idApplicationAid));
      expect(card.process(bytes).length).toBeGreaterThanOrEqual(2);
    }
  });
});
