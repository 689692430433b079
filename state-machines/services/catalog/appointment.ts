import { defineService } from '../load-definitions';

/**
 * Book an appointment at a service centre: department, centre and day on the form, then one of
 * the free slots the central lists. A slot taken meanwhile is refused when asked again before
 * the booking is made, and the person chooses another. The receipt's QR is the booking reference.
 */
export const appointment = defineService({
  id: 'appointment',
  titleKey: 'services:appointment.title',
  audience: { relations: ['self'] },
  steps: [
    {
      kind: 'form',
      fields: [
        { name: 'department', kind: 'choice', choices: ['traffic', 'residency', 'nationality', 'id-cards'] },
        { name: 'centre', kind: 'choice', choices: ['al-rayyan', 'al-wakra', 'lusail', 'madinat-khalifa'] },
        { name: 'date', kind: 'date' },
      ],
    },
    { kind: 'items', select: 'one', minSelected: 1 },
    { kind: 'review' },
    { kind: 'pay' },
  ],
  offline: 'unavailable',
  devices: ['card-reader', 'receipt-printer', 'payment'],
  receipt: { noteKeys: ['services:appointment.receipt-note'], qr: 'booking' },
});
