import { isPaid, type DeviceRole, type ServiceDefinition } from './definition';

/** What the kiosk core reports about itself; the machine derives availability from it. */
export interface KioskStatus {
  readonly isOnline: boolean;
  /** Device roles whose health is `failed`. */
  readonly failedDevices: readonly DeviceRole[];
  /** False when storage is unsafe or the kiosk is revoked: no money may be taken. */
  readonly isTakingPayments: boolean;
}

export type Availability = { readonly isAvailable: true } | { readonly isAvailable: false; readonly reasonKey: string };

export function serviceAvailability(definition: ServiceDefinition, status: KioskStatus): Availability {
  const failed = definition.devices.find((role) => status.failedDevices.includes(role));
  if (failed) return { isAvailable: false, reasonKey: `screens:unavailable.device.${failed}` };
  if (isPaid(definition) && !status.isTakingPayments) return { isAvailable: false, reasonKey: 'screens:unavailable.payments-stopped' };
  if (!status.isOnline && definition.offline === 'unavailable') return { isAvailable: false, reasonKey: 'screens:unavailable.offline' };
  return { isAvailable: true };
}
