import { defineService } from '../load-definitions';

/**
 * Read-only: is a printed certificate genuine? The code is scanned (or typed) and the central
 * answers genuine, revoked, unknown or not a ministry document, with what the document states.
 * Reachable without a card, from the attract screen.
 */
export const documentVerification = defineService({
  id: 'document-verification',
  titleKey: 'services:document-verification.title',
  audience: { relations: ['self'] },
  steps: [{ kind: 'form', fields: [{ name: 'code', kind: 'text', maxLength: 200, isScannable: true }] }, { kind: 'info' }],
  offline: 'unavailable',
  devices: ['scanner'],
  isCardless: true,
});
