// Online or offline, derived from what the central last did (DESIGN.md: never set by hand):
// every sync pass and every heartbeat answer counts. A refusal is an answer (the central is
// there); silence, garbage and 5xx are not. Services marked `offline: unavailable` grey out
// while offline; `queue` services keep taking requests and their receipts say "pending".
import type { Result } from '../../hardware/result';
import type { CentralError } from '../../state-machines/domain';
import type { HeartbeatSender } from '../central-client/contract';
import type { Logger } from '../log/logger';

export function isCentralAnswering(result: Result<unknown, CentralError>): boolean {
  if (result.ok) return true;
  const e = result.error;
  return e.kind === 'unauthorised' || e.kind === 'quote-changed' || (e.kind === 'rejected' && e.status < 500);
}

export interface Connectivity {
  isOnline(): boolean;
  /** Records one observation; calls onChange when the verdict flips. */
  observe(isAnswering: boolean, source: 'sync' | 'heartbeat'): void;
}

export function createConnectivity(options: { logger: Logger; onChange: (isOnline: boolean) => void }): Connectivity {
  let isOnline = true;
  return {
    isOnline: () => isOnline,
    observe(isAnswering, source) {
      if (isAnswering === isOnline) return;
      isOnline = isAnswering;
      options.logger.log('central.connectivity', { isOnline, source });
      options.onChange(isOnline);
    },
  };
}

/** The same client, with each heartbeat answer also counted for online/offline. */
export function observeHeartbeats<T extends HeartbeatSender>(client: T, connectivity: Connectivity): T {
  const sender: HeartbeatSender = client;
  return {
    ...client,
    async heartbeat(beat: Parameters<HeartbeatSender['heartbeat']>[0]) {
      const answer = await sender.heartbeat(beat);
      connectivity.observe(isCentralAnswering(answer), 'heartbeat');
      return answer;
    },
  };
}
