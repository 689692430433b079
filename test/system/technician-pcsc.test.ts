// Technician mode's look at PC/SC on the real stack: the readers pcscd lists by name, and the
// ATR of a card read from the reader's status while another context holds the card
// exclusively (as the kiosk's own reader holds the technician's card).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PcscCardReader } from '../../hardware/card/pcsc-card-reader';
import { listPcscReaders, readPcscAtr } from '../../electron/technician/discovery/pcsc-discovery';
import { findPcscdStack, startPcscd, type PcscdHandle } from './pcscd-harness';
import { insertVirtualCard, removeVirtualCard, untilHealthy, vpcdReaderName } from './pcsc-test-rig';

const missing = findPcscdStack();

describe('PC/SC discovery and ATR for technician mode', () => {
  let pcscd: PcscdHandle | undefined;

  beforeAll(async () => {
    if (missing) throw new Error(missing.message); // a missing stack fails, it is never skipped
    pcscd = await startPcscd();
  });
  afterAll(async () => {
    await pcscd?.stop();
  });

  it('given pcscd with the vpcd readers, then discovery lists them by name', async () => {
    const readers = await listPcscReaders(1_500);
    expect(readers).toMatchObject({ ok: true });
    if (readers.ok) expect(readers.value).toEqual(expect.arrayContaining([vpcdReaderName(0), vpcdReaderName(1)]));
  });

  it('given a technician card held exclusively by the kiosk reader, then the ATR is still read from the reader status; with no card, "no card"', async () => {
    const reader = new PcscCardReader({ readerName: vpcdReaderName(0) });
    await untilHealthy(reader);
    expect(await readPcscAtr(vpcdReaderName(0), 1_500)).toEqual({ ok: true, value: { kind: 'no-card' } });
    const card = await insertVirtualCard(reader, 0, 'technician');
    expect((await reader.readIdentity()).ok).toBe(true); // connected SCARD_SHARE_EXCLUSIVE now
    expect(await readPcscAtr(vpcdReaderName(0), 5_000)).toEqual({ ok: true, value: { kind: 'atr', atr: '3B 80 80 01 01', readerName: vpcdReaderName(0) } });
    await removeVirtualCard(reader, 0, card);
    await reader.close();
    expect(await readPcscAtr('No Such Reader 00 00', 1_000)).toEqual({ ok: true, value: { kind: 'no-reader' } });
  });
});
