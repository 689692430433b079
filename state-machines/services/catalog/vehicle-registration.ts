import { defineService } from '../load-definitions';

/** Renew a vehicle's registration for a year: valid inspection and insurance; the fee by vehicle type. */
export const vehicleRegistration = defineService({
  id: 'vehicle-registration',
  titleKey: 'services:vehicle-registration.title',
  audience: { relations: ['self'] },
  steps: [{ kind: 'items', select: 'one', minSelected: 1 }, { kind: 'review' }, { kind: 'pay' }],
  offline: 'unavailable',
  devices: ['card-reader', 'receipt-printer', 'payment'],
  receipt: { noteKeys: ['services:vehicle-registration.receipt-note'] },
});
