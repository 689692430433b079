// Where a scenario puts its card: the in-memory reader, or a virtual card plugged into vpcd
// so the whole PC/SC stack (pcscd, the PcscCardReader driver) reads it.
import type { CardHolderName } from '../../central/seed/people';
import type { SimulatedCardReader } from '../../hardware/card/simulated-card-reader';
import { makeTestCard } from '../../hardware/card/test-cards';
import { VpcdCard, vpcdPortForReader } from '../../hardware/card/virtual-card/vpcd-card';

export interface CardSlot {
  insert(holder: CardHolderName): Promise<void>;
  remove(): Promise<void>;
  close(): Promise<void>;
}

export function simulatedSlot(reader: SimulatedCardReader): CardSlot {
  return {
    async insert(holder) {
      reader.insertCard(holder);
    },
    async remove() {
      reader.removeCard();
    },
    async close() {},
  };
}

export function vpcdSlot(readerIndex = 0): CardSlot {
  let card: VpcdCard | undefined;
  return {
    async insert(holder) {
      const connected = await VpcdCard.connect({ applet: makeTestCard(holder), port: vpcdPortForReader(readerIndex) });
      if (!connected.ok) throw new Error(`cannot reach vpcd on port ${vpcdPortForReader(readerIndex)} (${connected.error.code}): is pcscd running? As root: pcscd -f &`);
      card = connected.value;
    },
    async remove() {
      await card?.remove();
      card = undefined;
    },
    async close() {
      await card?.remove();
    },
  };
}
