import { isPaid, type DeviceRole, type ServiceDefinition } from './definition';
import type { Profile } from '../domain';

/** What the kiosk core reports about itself; the machine derives availability from it. */
export interface KioskStatus {
  readonly isOnline: boolean;
  /** Device roles whose health is `failed`. */
  readonly failedDevices: readonly DeviceRole[];
  /** False when storage is unsafe or the kiosk is revoked: no money may be taken. */
  readonly isTakingPayments: boolean;
  /** Why, when the menu should say more than "payments paused" (a revoked or unenrolled kiosk). */
  readonly paymentsStoppedReasonKey?: string;
}

export type Availability = { readonly isAvailable: true } | { readonly isAvailable: false; readonly reasonKey: string };

export function serviceAvailability(definition: ServiceDefinition, status: KioskStatus): Availability {
  const failed = definition.devices.find((role) => status.failedDevices.includes(role));
  if (failed) return { isAvailable: false, reasonKey: `screens:unavailable.device.${failed}` };
  if (isPaid(definition) && !status.isTakingPayments) return { isAvailable: false, reasonKey: status.paymentsStoppedReasonKey ?? 'screens:unavailable.payments-stopped' };
  if (!status.isOnline && definition.offline === 'unavailable') return { isAvailable: false, reasonKey: 'screens:unavailable.offline' };
  return { isAvailable: true };
}

/** The locale key shown on a service a company representative was not granted. */
export const notGrantedReasonKey = 'services:company-representative.not-granted';

/**
 * As serviceAvailability, for this holder: a company representative (the central's profile
 * carries `company`) may only use the services the company granted; every other one is shown
 * greyed with the reason. The central checks the same grant again at eligibility and at submit.
 */
export function holderServiceAvailability(definition: ServiceDefinition, status: KioskStatus, profile: Profile | undefined): Availability {
  const kiosk = serviceAvailability(definition, status);
  if (!kiosk.isAvailable) return kiosk;
  const company = profile?.company;
  if (company && !company.permissions.includes(definition.id)) return { isAvailable: false, reasonKey: notGrantedReasonKey };
  return kiosk;
}
