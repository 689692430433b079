// What a service's definition adds to its receipt: notes that depend on the form (a damaged
// card to hand in) and, for a booking, the central's booking reference as the QR code.
import type { ReceiptDocument } from '../../hardware/printer/receipt';
import type { ServiceDefinition } from '../../state-machines/services/definition';
import type { OutboxTransaction } from '../outbox/types';

export function receiptNoteKeys(definition: ServiceDefinition | undefined, row: Pick<OutboxTransaction, 'payload'>): string[] {
  if (!definition) return [];
  const fields = (row.payload.fields ?? {}) as Readonly<Record<string, unknown>>;
  const conditional = definition.receipt.fieldNotes.filter((note) => note.equals.includes(String(fields[note.field] ?? ''))).map((note) => note.noteKey);
  return [...definition.receipt.noteKeys, ...conditional];
}

/** The QR text a booking is checked in with at the centre. */
export const bookingQrText = (bookingReference: string) => `MOI-APPT:${bookingReference}`;

/**
 * A booking's receipt carries the central's reference (known once the central stored it) as
 * its QR and as a row; until then the kiosk's own receipt QR stays, so nothing is invented.
 */
export function withBooking(receipt: ReceiptDocument, definition: ServiceDefinition | undefined, row: Pick<OutboxTransaction, 'state' | 'centralRequestId'>, label: string): ReceiptDocument {
  if (definition?.receipt.qr !== 'booking' || row.state !== 'synced' || !row.centralRequestId) return receipt;
  return { ...receipt, rows: [...receipt.rows, { label, value: row.centralRequestId, isolateLtr: true }], qr: bookingQrText(row.centralRequestId) };
}
