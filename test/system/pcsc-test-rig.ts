// Shared pieces of the PC/SC system tests: a log capture, waiting for reader events, and
// the harness that puts virtual cards into vpcd for the contract suite.
import type { CardHarness } from '../../hardware/card/contract-suite';
import type { CardLogger } from '../../hardware/card/card-log';
import type { CardReader, CardReaderEvent } from '../../hardware/card/contract';
import { PcscCardReader } from '../../hardware/card/pcsc-card-reader';
import { makeTestCard } from '../../hardware/card/test-cards';
import { VpcdCard, vpcdPortForReader } from '../../hardware/card/virtual-card/vpcd-card';

export const vpcdReaderName = (index: number): string => `Virtual PCD 00 0${index}`;

/** Every line the card code logs, serialised as the file logger would write it. */
export function captureLog(): CardLogger & { readonly lines: string[] } {
  const lines: string[] = [];
  return { lines, log: (event, fields) => lines.push(JSON.stringify({ event, ...fields })) };
}

/** Resolves with the first event that matches; pcscd polls vpcd every ~400 ms, hence the deadline. */
export function nextEvent(reader: CardReader, matches: (e: CardReaderEvent) => boolean, deadlineMs = 8000): Promise<CardReaderEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error('no matching reader event before the deadline'));
    }, deadlineMs);
    const stop = reader.subscribe((e) => {
      if (!matches(e)) return;
      clearTimeout(timer);
      stop();
      resolve(e);
    });
  });
}

export async function untilHealthy(reader: CardReader): Promise<void> {
  if (reader.health().level === 'ok') return;
  await nextEvent(reader, (e) => e.type === 'READER.HEALTH' && e.health.level === 'ok');
}

export async function insertVirtualCard(
  reader: CardReader,
  readerIndex: number,
  ...card: Parameters<typeof makeTestCard>
): Promise<VpcdCard> {
  const inserted = nextEvent(reader, (e) => e.type === 'CARD.INSERTED' && e.readerName === vpcdReaderName(readerIndex));
  const connected = await VpcdCard.connect({ applet: makeTestCard(...card), port: vpcdPortForReader(readerIndex) });
  if (!connected.ok) throw new Error(`vpcd refused the virtual card: ${connected.error.code}`);
  await inserted;
  return connected.value;
}

export async function removeVirtualCard(reader: CardReader, readerIndex: number, card: VpcdCard): Promise<void> {
  const removed = nextEvent(reader, (e) => e.type === 'CARD.REMOVED' && e.readerName === vpcdReaderName(readerIndex));
  await card.remove();
  await removed;
}

export function pcscHarness(log: CardLogger, readerIndex = 0): () => Promise<CardHarness> {
  return async () => {
    const readerName = vpcdReaderName(readerIndex);
    const reader = new PcscCardReader({ readerName, commandTimeoutMs: 4000, logger: log });
    await untilHealthy(reader);
    let card: VpcdCard | undefined;
    return {
      reader,
      readerName,
      async insertCard(holder, options) {
        card = await insertVirtualCard(reader, readerIndex, holder, options);
      },
      async removeCard() {
        if (card) await removeVirtualCard(reader, readerIndex, card);
        card = undefined;
      },
      stallCard: () => card?.stall() ?? Promise.reject(new Error('no card to stall')),
      async close() {
        if (card) await removeVirtualCard(reader, readerIndex, card);
        await reader.close();
      },
    };
  };
}
