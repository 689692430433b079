import { defineService } from '../load-definitions';

/** Pay traffic violations recorded against oneself or one's vehicles. */
export const trafficFines = defineService({
  id: 'traffic-fines',
  titleKey: 'services:traffic-fines.title',
  audience: { relations: ['self'] },
  steps: [{ kind: 'items', select: 'many', minSelected: 1 }, { kind: 'review' }, { kind: 'pay' }],
  offline: 'queue',
  devices: ['card-reader', 'receipt-printer', 'payment'],
  receipt: { noteKeys: ['services:traffic-fines.receipt-note'] },
});
