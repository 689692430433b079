// Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff and
// Jitter"): a fleet of kiosks coming back online does not hammer the central in step.
export interface BackoffPolicy {
  readonly baseMs: number;
  readonly capMs: number;
}

export const defaultBackoff: BackoffPolicy = { baseMs: 1_000, capMs: 5 * 60_000 };

/** Delay before retry number `failures` (1 = first retry): uniform in [0, min(cap, base·2^(failures-1))). */
export function backoffDelayMs(failures: number, policy: BackoffPolicy, random: () => number): number {
  if (failures <= 0) return 0;
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(failures - 1, 30));
  return Math.floor(random() * ceiling);
}
