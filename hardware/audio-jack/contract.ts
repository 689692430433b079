import type { DeviceHealth } from '../result';

export type HeadphoneJackEvent =
  | { readonly type: 'HEADPHONES.PLUGGED' }
  | { readonly type: 'HEADPHONES.UNPLUGGED' }
  | { readonly type: 'HEADPHONES.HEALTH'; readonly health: DeviceHealth };

/**
 * Whether private listening is available (EN 301 549 5.1.3.13): personal data is spoken only
 * while this says headphones are in. Implementations: AlsaHeadphoneJack (the sound card's jack
 * switch, read with amixer) and SimulatedHeadphoneJack. Both run the same contract suite.
 */
export interface HeadphoneJack {
  /** False whenever health is not ok: when the jack cannot be read, assume the loudspeaker. */
  isPluggedIn(): boolean;
  /** Plug, unplug and health changes, each reported once; returns the unsubscribe function. */
  subscribe(listener: (event: HeadphoneJackEvent) => void): () => void;
  health(): DeviceHealth;
  close(): Promise<void>;
}

/** Runs `tick` every `ms` until the returned function is called (setInterval in production, by hand in tests). */
export type IntervalTimer = (ms: number, tick: () => void) => () => void;

export const realIntervalTimer: IntervalTimer = (ms, tick) => {
  const handle = setInterval(tick, ms);
  return () => clearInterval(handle);
};
