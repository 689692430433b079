// The card reader contract against the real stack: pcsclite → pcscd → vpcd → the virtual
// card (the same applet as the simulator), plus what only a real stack can show.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cardHolders } from '../../central/seed/people';
import { cardReaderContract } from '../../hardware/card/contract-suite';
import { PcscCardReader } from '../../hardware/card/pcsc-card-reader';
import { identityOf } from '../../hardware/card/test-cards';
import { findPcscdStack, startPcscd, type PcscdHandle } from './pcscd-harness';
import { captureLog, insertVirtualCard, nextEvent, pcscHarness, removeVirtualCard, untilHealthy } from './pcsc-test-rig';

const missing = findPcscdStack();

if (missing) {
  // In CI and locally alike: a missing stack is a failure that says how to install it.
  describe('PC/SC card reader', () => {
    it('needs pcscd and vpcd', () => {
      throw new Error(missing.message);
    });
  });
} else {
  const log = captureLog();
  let pcscd: PcscdHandle;

  beforeAll(async () => {
    pcscd = await startPcscd();
  });

  afterAll(async () => {
    await pcscd.stop();
    // PIN safety: nothing the driver or pcscd wrote holds a test PIN (as text or as a
    // PIN block in hex), an ID number or a name
    const everything = [...log.lines, pcscd.output()].join('\n');
    for (const person of Object.values(cardHolders)) {
      const pinHex = Buffer.from(person.pin).toString('hex');
      for (const secret of [person.pin, pinHex, pinHex.toUpperCase(), person.idNumber, person.nameLatin, person.nameAr]) {
        expect(everything).not.toContain(secret);
      }
    }
  });

  cardReaderContract('pcscd + vpcd + virtual card', pcscHarness(log, 0));

  describe('PC/SC card reader on the real stack', () => {
    it('given two readers and the card in the second, when no reader is configured, then the card is found and read there', async () => {
      const reader = new PcscCardReader({ logger: log });
      await untilHealthy(reader);
      expect(reader.readerNames().sort()).toEqual(['Virtual PCD 00 00', 'Virtual PCD 00 01']);
      const card = await insertVirtualCard(reader, 1, 'sponsor');
      expect(await reader.readIdentity()).toEqual({ ok: true, value: { identity: identityOf('sponsor'), pinTriesLeft: 3 } });
      expect(await reader.verifyPin(cardHolders.sponsor.pin)).toEqual({ ok: true, value: undefined });
      await reader.release();
      await removeVirtualCard(reader, 1, card);
      await reader.close();
    });

    it('given a session holds the card, then nobody else can connect; after release, another process can', async () => {
      const kiosk = new PcscCardReader({ readerName: 'Virtual PCD 00 00', logger: log });
      const other = new PcscCardReader({ readerName: 'Virtual PCD 00 00', logger: log });
      await untilHealthy(kiosk);
      await untilHealthy(other);
      const card = await insertVirtualCard(kiosk, 0, 'resident');
      expect((await kiosk.readIdentity()).ok).toBe(true);
      expect(await other.readIdentity()).toEqual({ ok: false, error: { kind: 'reader-unavailable' } });
      await kiosk.release();
      expect((await other.readIdentity()).ok).toBe(true);
      await other.release();
      await removeVirtualCard(kiosk, 0, card);
      await Promise.all([kiosk.close(), other.close()]);
    });

    it('given a card that stops answering, when read, then the read times out, and a fresh card is read afterwards', async () => {
      const reader = new PcscCardReader({ readerName: 'Virtual PCD 00 00', commandTimeoutMs: 1500, logger: log });
      await untilHealthy(reader);
      const stuck = await insertVirtualCard(reader, 0, 'resident');
      const asked = stuck.stall();
      const reading = reader.readIdentity();
      await asked;
      expect(await reading).toEqual({ ok: false, error: { kind: 'timeout' } });
      await removeVirtualCard(reader, 0, stuck);
      const fresh = await insertVirtualCard(reader, 0, 'representative');
      expect(await reader.readIdentity()).toMatchObject({ ok: true, value: { identity: identityOf('representative') } });
      await reader.release();
      await removeVirtualCard(reader, 0, fresh);
      await reader.close();
    });

    it('given pcscd is killed, then the reader reports failed and refuses reads; when pcscd is back, the same reader object serves again', async () => {
      const reader = new PcscCardReader({ readerName: 'Virtual PCD 00 00', logger: log, backoff: { initialMs: 100, maxMs: 1000 } });
      await untilHealthy(reader);
      const card = await insertVirtualCard(reader, 0, 'technician');
      expect((await reader.readIdentity()).ok).toBe(true);

      const failed = nextEvent(reader, (e) => e.type === 'READER.HEALTH' && e.health.level === 'failed');
      const removed = nextEvent(reader, (e) => e.type === 'CARD.REMOVED');
      await pcscd.kill();
      expect(await failed).toMatchObject({ health: { level: 'failed' } });
      await removed;
      expect(reader.health().level).toBe('failed');
      // Each reader's end arrives on its own as pcscd's death reaches it: wait for the last one.
      await vi.waitFor(() => expect(reader.readerNames()).toEqual([]), { timeout: 5_000 });
      expect(await reader.readIdentity()).toEqual({ ok: false, error: { kind: 'reader-unavailable' } });
      await card.whenGone(); // vpcd lived inside pcscd: the virtual card lost its socket

      const healthy = untilHealthy(reader);
      await pcscd.restart();
      await healthy;
      const again = await insertVirtualCard(reader, 0, 'technician');
      expect(await reader.readIdentity()).toEqual({ ok: true, value: { identity: identityOf('technician'), pinTriesLeft: 3 } });
      await reader.release();
      await removeVirtualCard(reader, 0, again);
      await reader.close();
    });
  });
}
