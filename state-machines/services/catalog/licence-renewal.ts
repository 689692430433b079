import { defineService } from '../load-definitions';

/** Renew one's driving licence: an eye test on record and no blocking violations; 1, 3 or 5 years. */
export const licenceRenewal = defineService({
  id: 'licence-renewal',
  titleKey: 'services:licence-renewal.title',
  audience: { relations: ['self'] },
  steps: [{ kind: 'items', select: 'one', minSelected: 1 }, { kind: 'review' }, { kind: 'pay' }],
  offline: 'unavailable',
  devices: ['card-reader', 'receipt-printer', 'payment'],
  receipt: { noteKeys: ['services:licence-renewal.receipt-note'] },
});
