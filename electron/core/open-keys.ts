// The keys folder decides, with the outbox, whether this kiosk may take money: without its
// keys the outbox's personal fields cannot be sealed or read, so payments stop (the files are
// left as they are for a technician) rather than writing personal data in clear.
import type { Logger } from '../log/logger';
import { openKioskKeys, type KioskKeys } from '../secrets/kiosk-keys';
import type { SecretSealer } from '../secrets/sealer';
import type { CentralStop } from './central-link';

export function openKeysOrStopPayments(dataDir: string, sealer: SecretSealer | undefined, logger: Logger): KioskKeys | undefined {
  const keys = openKioskKeys(dataDir, sealer);
  if (keys.ok) return keys.value;
  logger.log('keys.unusable', { file: keys.error.file, detail: keys.error.detail });
  return undefined;
}

/** Why payments are stopped, as the menu says it (availability.ts greys every paid service with it). */
const stopKeys: Record<CentralStop, string> = {
  revoked: 'screens:unavailable.kiosk-revoked',
  'not-enrolled': 'screens:unavailable.not-enrolled',
};

/** The payment part of the kiosk's status: storage trouble keeps the general "payments paused". */
export function paymentsStopKey(stop: CentralStop | 'storage' | undefined): { isTakingPayments: boolean; paymentsStoppedReasonKey?: string } {
  if (stop === undefined) return { isTakingPayments: true };
  return stop === 'storage' ? { isTakingPayments: false } : { isTakingPayments: false, paymentsStoppedReasonKey: stopKeys[stop] };
}
