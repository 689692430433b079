import { defineService } from '../load-definitions';

/** Renew a residence permit for oneself, family, domestic workers or employees; card by post. */
export const residenceRenewal = defineService({
  id: 'residence-renewal',
  titleKey: 'services:residence-renewal.title',
  audience: { relations: ['self', 'spouse', 'child', 'parent', 'domestic-worker', 'employee'] },
  steps: [
    { kind: 'subject' },
    { kind: 'items', select: 'one', minSelected: 1 },
    {
      kind: 'form',
      fields: [
        { name: 'delivery', kind: 'choice', choices: ['post', 'collect'] },
        { name: 'address', kind: 'address', maxLength: 160, when: { field: 'delivery', equals: ['post'] } },
        { name: 'phone', kind: 'phone', pattern: '^\\+?[0-9]{8,15}$', maxLength: 16 },
      ],
    },
    { kind: 'review' },
    { kind: 'pay' },
  ],
  offline: 'unavailable',
  devices: ['card-reader', 'receipt-printer', 'payment'],
  receipt: { noteKeys: ['services:residence-renewal.receipt-note'] },
});
