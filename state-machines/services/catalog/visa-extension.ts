import { defineService } from '../load-definitions';

/** Extend the visit visa of a visitor the holder sponsors. */
export const visaExtension = defineService({
  id: 'visa-extension',
  titleKey: 'services:visa-extension.title',
  audience: { relations: ['visitor'] },
  steps: [{ kind: 'subject' }, { kind: 'items', select: 'one', minSelected: 1 }, { kind: 'review' }, { kind: 'pay' }],
  offline: 'unavailable',
  devices: ['card-reader', 'receipt-printer', 'payment'],
  receipt: { noteKeys: ['services:visa-extension.receipt-note'] },
});
