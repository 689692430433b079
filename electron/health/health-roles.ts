// The device roles a kiosk can have, in one vocabulary with their health. Pure data.
import type { DeviceHealth } from '../../hardware/result';

export const healthRoles = ['card-reader', 'receipt-printer', 'a4-printer', 'payment', 'keypad', 'scanner'] as const;
export type HealthRole = (typeof healthRoles)[number];

/** A configured device as the monitor sees it: its health now, and how it tells of changes. */
export interface HealthSource {
  readonly role: HealthRole;
  health(): DeviceHealth;
  /** Devices that report by themselves (reader, keypad, scanner) call back on a change. */
  subscribe?(onChange: () => void): () => void;
  /** Devices that must be asked (printers): one status request, which refreshes health(). */
  poll?(): Promise<void>;
}

export interface HealthChange {
  readonly at: string;
  readonly role: HealthRole;
  readonly level: DeviceHealth['level'];
  readonly reason: string;
}

export const reasonOf = (health: DeviceHealth): string => ('reason' in health ? health.reason : '');

export function isSameHealth(a: DeviceHealth | undefined, b: DeviceHealth): boolean {
  return a !== undefined && a.level === b.level && reasonOf(a) === reasonOf(b);
}
