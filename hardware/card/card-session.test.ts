import { describe, expect, it } from 'vitest';
import { ok } from '../result';
import { Ins } from './apdu';
import { CardSession, type Transmit } from './card-session';
import { identityOf, makeTestCard, otherIssuerPublicKey, testIssuerPublicKey } from './test-cards';

const trust = { issuerPublicKeys: [testIssuerPublicKey] };
const quiet = { log() {} };

/** A card that answers like the genuine one, except where `tamper` says otherwise. */
function hostile(tamper: (command: Uint8Array, genuine: Uint8Array) => Uint8Array, holder: 'resident' | 'sponsor' = 'resident'): Transmit {
  const card = makeTestCard(holder);
  return async (command) => ok(tamper(command, card.process(command)));
}

describe('card session (the reader side) against misbehaving cards', () => {
  it('given an honest card, then the identity is read after the authenticity checks', async () => {
    const session = new CardSession(hostile((_c, g) => g), quiet);
    expect(await session.readCard(trust)).toEqual({ ok: true, value: { identity: identityOf('resident'), pinTriesLeft: 3 } });
  });

  it('given a card whose identity file was swapped for another person, then it is refused as not authentic', async () => {
    const other = makeTestCard('sponsor');
    let isIdentityFile = false;
    const session = new CardSession(
      hostile((c, g) => {
        if (c[1] === Ins.select && c[2] === 0x02) isIdentityFile = c[6] === 0x01;
        if (c[1] === Ins.select) other.process(c);
        if (c[1] !== Ins.readBinary || !isIdentityFile) return g;
        return other.process(c);
      }),
      quiet,
    );
    expect(await session.readCard(trust)).toEqual({ ok: false, error: { kind: 'not-authentic' } });
  });

  it('given a card that answers an unknown status word, then it is unreadable with that word, and the log holds only the word', async () => {
    const lines: unknown[] = [];
    const session = new CardSession(hostile((c, g) => (c[1] === Ins.readBinary ? Uint8Array.of(0x6a, 0x88) : g)), { log: (e, f) => lines.push({ e, f }) });
    expect(await session.readCard(trust)).toEqual({ ok: false, error: { kind: 'unreadable', statusWord: '6A88' } });
    expect(lines).toEqual([{ e: 'card.status-word', f: { step: 'read-binary', sw: '6A88' } }]);
  });

  it('given a response of one byte, then it is unreadable, not a crash', async () => {
    const session = new CardSession(hostile((c, g) => (c[1] === Ins.readBinary ? Uint8Array.of(0x90) : g)), quiet);
    expect(await session.readCard(trust)).toEqual({ ok: false, error: { kind: 'unreadable' } });
  });

  it('given a file header claiming more than a card file can hold, then it is unreadable without reading on', async () => {
    let reads = 0;
    const session = new CardSession(
      hostile((c, g) => {
        if (c[1] !== Ins.readBinary) return g;
        reads += 1;
        return Uint8Array.of(0x70, 0x82, 0xff, 0xff, 0x90, 0x00);
      }),
      quiet,
    );
    expect(await session.readCard(trust)).toEqual({ ok: false, error: { kind: 'unreadable' } });
    expect(reads).toBe(1);
  });

  it('given a card that chains 61xx forever, then the reader stops at its cap and calls it unreadable', async () => {
    const session = new CardSession(
      hostile((c, g) => (c[1] === Ins.getResponse || c[1] === Ins.internalAuthenticate ? Uint8Array.of(...new Uint8Array(200), 0x61, 0x00) : g)),
      quiet,
    );
    expect(await session.readCard(trust)).toEqual({ ok: false, error: { kind: 'unreadable' } });
  });

  it('given a VERIFY, then the command buffer that carried the PIN block is zeroed once the card has answered', async () => {
    const sent: Uint8Array[] = [];
    const card = makeTestCard('resident');
    const session = new CardSession(async (c) => {
      sent.push(c);
      return ok(card.process(c));
    }, quiet);
    expect(await session.verifyPin('1234')).toEqual({ ok: true, value: undefined });
    const verify = sent.find((c) => c.length === 13); // 00 20 00 81 08 + 8-byte block; its INS is zeroed too
    expect(verify).toBeDefined();
    expect([...(verify ?? [])].every((b) => b === 0)).toBe(true);
  });

  it('given random answers to every command, then reading and verifying never throw', async () => {
    const random: Transmit = async () => ok(Uint8Array.from({ length: Math.floor(Math.random() * 12) }, () => Math.floor(Math.random() * 256)));
    const session = new CardSession(random, quiet);
    for (let i = 0; i < 500; i++) {
      expect((await session.readCard(trust)).ok).toBe(false);
      await session.verifyPin('1234');
    }
  });
});

describe('card session: which issuing authorities are trusted', () => {
  const cardFrom = (issuerLabel: string): Transmit => {
    const card = makeTestCard('resident', { issuerLabel });
    return async (command) => ok(card.process(command));
  };

  it('given a card certified by an authority the kiosk does not list, then it is refused as not genuine and the log names only the problem', async () => {
    const lines: unknown[] = [];
    const session = new CardSession(cardFrom('unknown authority'), { log: (e, f) => lines.push({ e, f }) });
    expect(await session.readCard(trust)).toEqual({ ok: false, error: { kind: 'not-authentic' } });
    expect(lines).toEqual([{ e: 'device.error', f: { device: 'card', error: 'not-authentic', problem: 'bad-signature' } }]);
  });

  it('given a second configured authority, then its cards are accepted beside the first one\'s', async () => {
    const both = { issuerPublicKeys: [testIssuerPublicKey, otherIssuerPublicKey('2027 authority')] };
    expect(await new CardSession(cardFrom('2027 authority'), quiet).readCard(both)).toEqual({ ok: true, value: { identity: identityOf('resident'), pinTriesLeft: 3 } });
    const first = makeTestCard('resident');
    expect((await new CardSession(async (c) => ok(first.process(c)), quiet).readCard(both)).ok).toBe(true);
  });

  it('given no trusted authority at all, then no card is genuine', async () => {
    const first = makeTestCard('resident');
    expect(await new CardSession(async (c) => ok(first.process(c)), quiet).readCard({ issuerPublicKeys: [] })).toEqual({ ok: false, error: { kind: 'not-authentic' } });
  });
});
