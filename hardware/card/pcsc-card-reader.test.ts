// The driver's recovery logic against a fake pcsclite: what it does while pcscd is down
// (bounded retries, no busy loop) and how it reports readers coming and going.
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CardReaderEvent } from './contract';
import { PcscCardReader } from './pcsc-card-reader';
import type { PcscContextHandle, PcscReaderHandle } from './pcsc-readers';

const PRESENT = 0x20;

class FakeReader extends EventEmitter {
  readonly SCARD_STATE_PRESENT = PRESENT;
  readonly SCARD_SHARE_EXCLUSIVE = 2;
  readonly SCARD_PROTOCOL_T0 = 1;
  readonly SCARD_PROTOCOL_T1 = 2;
  readonly SCARD_RESET_CARD = 1;
  readonly SCARD_LEAVE_CARD = 0;
  constructor(readonly name: string) {
    super();
  }
  connect(_o: unknown, cb: (e: unknown, p: number) => void) {
    cb(undefined, 2);
  }
  disconnect(_d: number, cb: (e: unknown) => void) {
    cb(undefined);
  }
  transmit(_d: Buffer, _n: number, _p: number, cb: (e: unknown, r: Buffer) => void) {
    cb(undefined, Buffer.from([0x6f, 0x00]));
  }
  close() {}
}

class FakeContext extends EventEmitter {
  isClosed = false;
  close() {
    this.isClosed = true;
  }
}

describe('PC/SC reader recovery (fake pcsclite)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('given pcscd is down, then health is failed and context creation is retried on a doubling backoff capped at the maximum', async () => {
    vi.useFakeTimers();
    const attemptsAt: number[] = [];
    const reader = new PcscCardReader({
      backoff: { initialMs: 250, maxMs: 2000 },
      createContext: () => {
        attemptsAt.push(Date.now());
        throw new Error('SCardEstablishContext error: Service not available.(0x8010001d)');
      },
    });
    expect(reader.health()).toEqual({ level: 'failed', reason: 'pcscd-unavailable' });
    await vi.advanceTimersByTimeAsync(10_000);
    const gaps = attemptsAt.slice(1).map((t, i) => t - (attemptsAt[i] ?? 0));
    expect(gaps).toEqual([250, 500, 1000, 2000, 2000, 2000, 2000]);
    expect(await reader.readIdentity()).toEqual({ ok: false, error: { kind: 'reader-unavailable' } });
    await reader.close();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(attemptsAt.length).toBe(8); // closed: no more attempts
  });

  it('given pcscd comes up with no reader, then a reader appears, a card goes in, and pcscd dies: the events and health follow', async () => {
    vi.useFakeTimers();
    const contexts: FakeContext[] = [];
    const reader = new PcscCardReader({
      backoff: { initialMs: 100, maxMs: 100 },
      createContext: () => {
        const c = new FakeContext();
        contexts.push(c);
        return c as unknown as PcscContextHandle;
      },
    });
    const events: CardReaderEvent[] = [];
    reader.subscribe((e) => events.push(e));
    expect(reader.health()).toEqual({ level: 'failed', reason: 'no-reader' });

    const fake = new FakeReader('Fake Reader 00');
    contexts[0]?.emit('reader', fake as unknown as PcscReaderHandle);
    fake.emit('status', { state: PRESENT });
    expect(reader.health()).toEqual({ level: 'ok' });
    expect(await reader.readIdentity()).toEqual({ ok: false, error: { kind: 'unreadable', statusWord: '6F00' } });

    contexts[0]?.emit('error', new Error('SCardGetStatusChange error: RPC transport error.(0x80100013)'));
    expect(contexts[0]?.isClosed).toBe(true);
    expect(reader.health()).toEqual({ level: 'failed', reason: 'pcscd-unavailable' });
    await vi.advanceTimersByTimeAsync(100);
    expect(contexts.length).toBe(2);
    expect(events).toEqual([
      { type: 'READER.HEALTH', health: { level: 'ok' } },
      { type: 'CARD.INSERTED', readerName: 'Fake Reader 00' },
      { type: 'CARD.REMOVED', readerName: 'Fake Reader 00' },
      { type: 'READER.HEALTH', health: { level: 'failed', reason: 'pcscd-unavailable' } },
      { type: 'READER.HEALTH', health: { level: 'failed', reason: 'no-reader' } },
    ]);
    await reader.close();
  });
});
