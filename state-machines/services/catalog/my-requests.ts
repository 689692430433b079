import { defineService } from '../load-definitions';

/** Read-only: the holder's and their dependants' requests and where each one stands. */
export const myRequests = defineService({
  id: 'my-requests',
  titleKey: 'services:my-requests.title',
  audience: { relations: ['self'] },
  steps: [{ kind: 'info' }],
  offline: 'unavailable',
  devices: ['card-reader'],
});
