import { defineService } from '../load-definitions';

/** The holder's and their dependants' requests and where each one stands; a kept certificate can be printed here. */
export const myRequests = defineService({
  id: 'my-requests',
  titleKey: 'services:my-requests.title',
  audience: { relations: ['self'] },
  steps: [{ kind: 'info', rowActions: ['reprint-document'] }],
  offline: 'unavailable',
  devices: ['card-reader'],
});
