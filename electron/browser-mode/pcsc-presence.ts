// `npm start` reads cards through the real PC/SC stack when this machine runs pcscd with the
// vpcd virtual readers (a maintainer's or CI's machine), and the in-memory reader otherwise.
import { existsSync, readFileSync } from 'node:fs';
import type { CardHolderName } from '../../central/seed/people';
import type { Logger } from '../log/logger';
import { vpcdSlot } from '../sim/card-slot';

const pcscdSocket = '/run/pcscd/pcscd.comm';
const firstVpcdPort = 35963;

/** Whether a local TCP port listens, read from /proc: connecting to vpcd would insert a card. */
function isListening(port: number): boolean {
  const hexPort = `:${port.toString(16).toUpperCase().padStart(4, '0')} `;
  return ['/proc/net/tcp', '/proc/net/tcp6']
    .filter(existsSync)
    .some((table) => readFileSync(table, 'utf8').split('\n').some((line) => line.includes(hexPort) && / 0A /.test(line)));
}

export function isVirtualPcscPresent(): boolean {
  return existsSync(pcscdSocket) && isListening(firstVpcdPort);
}

/** The dev panel's card controls, driving a virtual card in vpcd's first reader. */
export function virtualCardControls(logger: Logger): { insertCard(holder: CardHolderName): void; removeCard(): void } {
  const slot = vpcdSlot(0);
  const report = (action: string) => (cause: unknown) => logger.log('device.error', { device: 'virtual-card', action, kind: cause instanceof Error ? cause.message : 'unknown' });
  return {
    insertCard: (holder) => void slot.insert(holder).catch(report('insert')),
    removeCard: () => void slot.remove().catch(report('remove')),
  };
}
