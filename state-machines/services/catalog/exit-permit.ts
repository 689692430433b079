import { defineService } from '../load-definitions';

/** Destinations offered on the form (ISO 3166-1 alpha-3, lower case as choice values). */
export const exitPermitDestinations = ['ind', 'phl', 'npl', 'lka', 'bgd', 'ken', 'egy', 'jor'];

/** Exit permit / travel notification for a sponsored domestic worker or a company's employee. */
export const exitPermit = defineService({
  id: 'exit-permit',
  titleKey: 'services:exit-permit.title',
  audience: { relations: ['domestic-worker', 'employee'] },
  steps: [
    { kind: 'subject' },
    {
      kind: 'form',
      fields: [
        { name: 'departure', kind: 'date' },
        { name: 'return', kind: 'date' },
        { name: 'destination', kind: 'choice', choices: exitPermitDestinations },
      ],
    },
    { kind: 'review' },
    { kind: 'pay' },
  ],
  offline: 'unavailable',
  devices: ['card-reader', 'receipt-printer', 'payment'],
  receipt: { noteKeys: ['services:exit-permit.receipt-note'] },
});
