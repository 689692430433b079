import { defineService } from '../load-definitions';

/** Replace a lost or damaged driving licence; a damaged card is handed in at a counter. */
export const licenceReplacement = defineService({
  id: 'licence-replacement',
  titleKey: 'services:licence-replacement.title',
  audience: { relations: ['self'] },
  steps: [{ kind: 'form', fields: [{ name: 'reason', kind: 'choice', choices: ['lost', 'damaged'] }] }, { kind: 'review' }, { kind: 'pay' }],
  offline: 'unavailable',
  devices: ['card-reader', 'receipt-printer', 'payment'],
  receipt: {
    noteKeys: ['services:licence-replacement.receipt-note'],
    fieldNotes: [{ field: 'reason', equals: ['damaged'], noteKey: 'services:licence-replacement.receipt-note-damaged' }],
  },
});
