import { defineService } from '../load-definitions';

const nocPurposes = ['employment-transfer', 'driving-licence', 'bank-account', 'travel'];

/**
 * Residency, no-objection and traffic-clearance certificates (the kind is the item), in Arabic
 * or English, printed on A4 after payment with a code anyone can check at a kiosk.
 */
export const certificate = defineService({
  id: 'certificate',
  titleKey: 'services:certificate.title',
  audience: { relations: ['self', 'spouse', 'child', 'parent', 'domestic-worker'] },
  steps: [
    { kind: 'subject' },
    { kind: 'items', select: 'one', minSelected: 1 },
    {
      kind: 'form',
      fields: [
        { name: 'language', kind: 'choice', choices: ['ar', 'en'] },
        // Only a no-objection certificate names a purpose and the organisation it is for; the central asks for them then.
        { name: 'purpose', kind: 'choice', isRequired: false, choices: nocPurposes },
        { name: 'addressee', kind: 'text', maxLength: 80, when: { field: 'purpose', equals: nocPurposes } },
      ],
    },
    { kind: 'review' },
    { kind: 'pay' },
  ],
  offline: 'unavailable',
  devices: ['card-reader', 'receipt-printer', 'payment', 'a4-printer'],
  receipt: { noteKeys: ['services:certificate.receipt-note'] },
  document: { kind: 'certificate' },
});
