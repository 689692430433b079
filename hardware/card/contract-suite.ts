import { describe, expect, it } from 'vitest';
import { cardHolders, type CardHolderName } from '../../central/seed/people';
import type { CardReader, CardReaderEvent } from './contract';
import type { TestCardOptions } from './test-cards';
import { identityOf } from './test-cards';

/** What the suite needs: a reader, and hands that put test cards into it and take them out. */
export interface CardHarness {
  readonly reader: CardReader;
  /** The reader the harness puts cards into. */
  readonly readerName: string;
  /** Resolves once the reader has reported CARD.INSERTED. */
  insertCard(holder: CardHolderName, options?: TestCardOptions): Promise<void>;
  /** Resolves once the reader has reported CARD.REMOVED. */
  removeCard(): Promise<void>;
  /** The card stops answering; the promise resolves once a command is stuck in it. */
  stallCard(): Promise<void>;
  close(): Promise<void>;
}

export function cardReaderContract(name: string, makeHarness: () => Promise<CardHarness>): void {
  describe(`card reader contract: ${name}`, () => {
    const withHarness = (fn: (h: CardHarness) => Promise<void>) => async () => {
      const h = await makeHarness();
      try {
        await fn(h);
      } finally {
        await h.close();
      }
    };

    it(
      'given no card, when the identity is read, then it answers no-card',
      withHarness(async (h) => {
        expect(await h.reader.readIdentity()).toEqual({ ok: false, error: { kind: 'no-card' } });
      }),
    );

    it(
      "given a resident's card, when the identity is read, then it is the holder's identity with three tries left",
      withHarness(async (h) => {
        await h.insertCard('resident');
        expect(await h.reader.readIdentity()).toEqual({ ok: true, value: { identity: identityOf('resident'), pinTriesLeft: 3 } });
      }),
    );

    it(
      'given a card, when the right PIN is entered, then it is accepted',
      withHarness(async (h) => {
        await h.insertCard('sponsor');
        expect((await h.reader.readIdentity()).ok).toBe(true);
        expect(await h.reader.verifyPin(cardHolders.sponsor.pin)).toEqual({ ok: true, value: undefined });
      }),
    );

    it(
      'given a wrong PIN, then the card says how many tries are left, and a later read shows the same count',
      withHarness(async (h) => {
        await h.insertCard('representative');
        expect(await h.reader.verifyPin('0000')).toEqual({ ok: false, error: { kind: 'wrong-pin', triesLeft: 2 } });
        await h.reader.release();
        expect(await h.reader.readIdentity()).toMatchObject({ ok: true, value: { pinTriesLeft: 2 } });
        expect(await h.reader.verifyPin(cardHolders.representative.pin)).toEqual({ ok: true, value: undefined });
      }),
    );

    it(
      'given three wrong PINs, when the third is entered, then the card is blocked and even the right PIN is refused',
      withHarness(async (h) => {
        await h.insertCard('technician');
        expect(await h.reader.verifyPin('0000')).toEqual({ ok: false, error: { kind: 'wrong-pin', triesLeft: 2 } });
        expect(await h.reader.verifyPin('0001')).toEqual({ ok: false, error: { kind: 'wrong-pin', triesLeft: 1 } });
        expect(await h.reader.verifyPin('0002')).toEqual({ ok: false, error: { kind: 'pin-blocked' } });
        expect(await h.reader.verifyPin(cardHolders.technician.pin)).toEqual({ ok: false, error: { kind: 'pin-blocked' } });
      }),
    );

    it(
      'given the blocked card, when read, then zero tries are left and the right PIN answers pin-blocked',
      withHarness(async (h) => {
        await h.insertCard('blocked');
        expect(await h.reader.readIdentity()).toEqual({ ok: true, value: { identity: identityOf('blocked'), pinTriesLeft: 0 } });
        expect(await h.reader.verifyPin(cardHolders.blocked.pin)).toEqual({ ok: false, error: { kind: 'pin-blocked' } });
      }),
    );

    it(
      'given a PIN that is not 4 to 8 digits, then it answers wrong-pin-length and spends no try',
      withHarness(async (h) => {
        await h.insertCard('resident');
        expect(await h.reader.verifyPin('12')).toEqual({ ok: false, error: { kind: 'wrong-pin-length' } });
        expect(await h.reader.verifyPin('12a4')).toEqual({ ok: false, error: { kind: 'wrong-pin-length' } });
        expect(await h.reader.readIdentity()).toMatchObject({ ok: true, value: { pinTriesLeft: 3 } });
      }),
    );

    it(
      'given a cloned card (same certificate and data, different key), when read, then it is refused as not authentic',
      withHarness(async (h) => {
        await h.insertCard('resident', { isCloned: true });
        expect(await h.reader.readIdentity()).toEqual({ ok: false, error: { kind: 'not-authentic' } });
      }),
    );

    it(
      'given a card whose chip answers nothing useful, when read, then it is unreadable with the status word',
      withHarness(async (h) => {
        await h.insertCard('resident', { isUnreadable: true });
        expect(await h.reader.readIdentity()).toEqual({ ok: false, error: { kind: 'unreadable', statusWord: '6F00' } });
      }),
    );

    it(
      'given a command in flight, when the card is pulled, then the command fails with card-removed',
      withHarness(async (h) => {
        await h.insertCard('resident');
        const stuck = h.stallCard();
        const reading = h.reader.readIdentity();
        await stuck;
        await h.removeCard();
        expect(await reading).toEqual({ ok: false, error: { kind: 'card-removed' } });
        expect(await h.reader.readIdentity()).toEqual({ ok: false, error: { kind: 'no-card' } });
      }),
    );

    it(
      'given a card is inserted and removed, then the reader reports both, naming itself',
      withHarness(async (h) => {
        const events: CardReaderEvent[] = [];
        const stop = h.reader.subscribe((e) => events.push(e));
        await h.insertCard('expired');
        await h.removeCard();
        stop();
        const cardEvents = events.filter((e) => e.type !== 'READER.HEALTH');
        expect(cardEvents).toEqual([
          { type: 'CARD.INSERTED', readerName: h.readerName },
          { type: 'CARD.REMOVED', readerName: h.readerName },
        ]);
      }),
    );

    it(
      'given one card is taken out and another put in, when read after release, then the new identity is read',
      withHarness(async (h) => {
        await h.insertCard('resident');
        expect(await h.reader.readIdentity()).toMatchObject({ ok: true, value: { identity: { idNumber: cardHolders.resident.idNumber } } });
        await h.reader.release();
        await h.removeCard();
        await h.insertCard('expired');
        expect(await h.reader.readIdentity()).toEqual({ ok: true, value: { identity: identityOf('expired'), pinTriesLeft: 3 } });
      }),
    );
  });
}
