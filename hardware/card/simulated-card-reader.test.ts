import { afterEach, describe, expect, it, vi } from 'vitest';
import { cardHolders } from '../../central/seed/people';
import { cardReaderContract } from './contract-suite';
import { SimulatedCardReader } from './simulated-card-reader';

cardReaderContract('in-memory simulator', async () => {
  const reader = new SimulatedCardReader({ readerName: 'Simulated Reader 00' });
  return {
    reader,
    readerName: reader.readerName,
    insertCard: async (holder, options) => reader.insertCard(holder, options),
    removeCard: async () => reader.removeCard(),
    stallCard: () => reader.stallCard(),
    close: () => reader.close(),
  };
});

describe('simulated card reader, beyond the contract', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('given the reader is set to failed, then it reports the health and refuses reads as reader-unavailable', async () => {
    const reader = new SimulatedCardReader();
    const seen: unknown[] = [];
    reader.subscribe((e) => seen.push(e));
    reader.insertCard('resident');
    reader.setHealth({ level: 'failed', reason: 'no-reader' });
    expect(seen.at(-1)).toEqual({ type: 'READER.HEALTH', health: { level: 'failed', reason: 'no-reader' } });
    expect(reader.health()).toEqual({ level: 'failed', reason: 'no-reader' });
    expect(await reader.readIdentity()).toEqual({ ok: false, error: { kind: 'reader-unavailable' } });
    reader.setHealth({ level: 'ok' });
    expect((await reader.readIdentity()).ok).toBe(true);
  });

  it('given a card that stops answering, when the command timeout passes, then the read fails with timeout', async () => {
    vi.useFakeTimers();
    const reader = new SimulatedCardReader({ commandTimeoutMs: 2000 });
    reader.insertCard('resident');
    const stuck = reader.stallCard();
    const reading = reader.readIdentity();
    await stuck;
    await vi.advanceTimersByTimeAsync(2000);
    expect(await reading).toEqual({ ok: false, error: { kind: 'timeout' } });
  });

  it('given a command in flight, when the card is pulled right after, then the command fails with card-removed', async () => {
    const reader = new SimulatedCardReader();
    reader.insertCard('resident');
    const reading = reader.verifyPin(cardHolders.resident.pin);
    reader.removeCard();
    expect(await reading).toEqual({ ok: false, error: { kind: 'card-removed' } });
  });

  it('given a whole session with wrong and right PINs, then the log holds status words only, no PIN, ID number or name', async () => {
    const logger = { lines: [] as unknown[], log: (event: string, fields: object) => logger.lines.push({ event, fields }) };
    const reader = new SimulatedCardReader({ logger });
    for (const holder of ['resident', 'blocked', 'technician'] as const) {
      reader.insertCard(holder, { isUnreadable: holder === 'technician' });
      await reader.readIdentity();
      await reader.verifyPin('9999');
      await reader.verifyPin(cardHolders[holder].pin);
      reader.removeCard();
    }
    reader.insertCard('sponsor', { isCloned: true });
    await reader.readIdentity();
    const text = JSON.stringify(logger.lines);
    expect(logger.lines.length).toBeGreaterThan(0);
    for (const p of Object.values(cardHolders)) {
      for (const secret of [p.pin, p.idNumber, p.nameLatin, p.nameAr]) expect(text).not.toContain(secret);
    }
  });
});
