// The kiosk's availability, derived from what the core reports (device health, network,
// storage), never set by hand: serving, limited (some services off, each with its reason),
// or out of service (no one can sign in: the ID-card reader failed). It comes back by itself
// when the device does, as CUSS 2 kiosk applications do.
import { serviceAvailability, type KioskStatus } from './availability';
import type { ServiceDefinition } from './definition';

export type KioskAvailability = 'serving' | 'limited' | 'out-of-service';

export function kioskAvailability(services: readonly ServiceDefinition[], status: KioskStatus): KioskAvailability {
  if (status.failedDevices.includes('card-reader')) return 'out-of-service';
  return services.some((definition) => !serviceAvailability(definition, status).isAvailable) ? 'limited' : 'serving';
}
