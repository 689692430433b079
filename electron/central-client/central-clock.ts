import type { Logger } from '../log/logger';

/** Beyond this the kiosk logs a skew warning (the central refuses timestamps 5 minutes off). */
export const skewWarningMs = 30_000;

/**
 * The kiosk's idea of the central's time: its own clock plus an offset learned from the
 * central's replies. Latency makes the estimate a little late, which the central's window absorbs.
 */
export function createCentralClock(options: { now?: () => number; logger?: Logger } = {}) {
  const now = options.now ?? Date.now;
  let offsetMs = 0;
  let lastStamp = 0;
  return {
    now: () => now() + offsetMs,
    /**
     * A signing timestamp in whole ms, strictly increasing: the central refuses a signature it
     * has seen (replay), so two identical requests in the same millisecond (a fee re-checked at
     * once before payment) must not sign alike.
     */
    stamp(): number {
      lastStamp = Math.max(Math.round(now() + offsetMs), lastStamp + 1);
      return lastStamp;
    },
    offsetMs: () => offsetMs,
    /** Learns from a reply; returns true when the correction was large enough to retry a refused request. */
    observe(centralTimeIso: string | null): boolean {
      const central = centralTimeIso === null ? NaN : Date.parse(centralTimeIso);
      if (Number.isNaN(central)) return false;
      const next = central - now();
      const change = Math.abs(next - offsetMs);
      offsetMs = next;
      // a correction this large is a new time base: stamps continue from the corrected clock
      if (change > skewWarningMs) lastStamp = 0;
      if (Math.abs(next) > skewWarningMs && change > skewWarningMs) options.logger?.log('central.clock-skew', { offsetMs: Math.round(next) });
      return change > skewWarningMs;
    },
  };
}

export type CentralClock = ReturnType<typeof createCentralClock>;
