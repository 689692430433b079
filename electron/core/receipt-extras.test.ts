import { describe, expect, it } from 'vitest';
import type { ReceiptDocument } from '../../hardware/printer/receipt';
import { builtInServices } from '../../state-machines/services/catalog';
import { loadDefinitions } from '../../state-machines/services/load-definitions';
import { bookingQrText, receiptNoteKeys, withBooking } from './receipt-extras';

const { services } = loadDefinitions(builtInServices);
const byId = (id: string) => services.find((s) => s.id === id);
const receipt: ReceiptDocument = { language: 'en', direction: 'ltr', title: 'MOI', subtitle: 'x', issuedAt: 'now', kioskId: 'K-1', reference: '2026-000001', rows: [], notes: [], qr: 'MOI-RCPT:2026-000001:ABCD' };

describe('what a definition adds to its receipt', () => {
  it('given a damaged licence, then the receipt asks to hand the card in; a lost one does not', () => {
    const replacement = byId('licence-replacement');
    expect(receiptNoteKeys(replacement, { payload: { fields: { reason: 'damaged' } } })).toEqual(['services:licence-replacement.receipt-note', 'services:licence-replacement.receipt-note-damaged']);
    expect(receiptNoteKeys(replacement, { payload: { fields: { reason: 'lost' } } })).toEqual(['services:licence-replacement.receipt-note']);
  });

  it('given a booking the central stored, then its reference is the QR and a row; before that the kiosk QR stays', () => {
    const appointment = byId('appointment');
    const booked = withBooking(receipt, appointment, { state: 'synced', centralRequestId: 'REQ-2026-000310' }, 'Booking reference');
    expect(booked.qr).toBe(bookingQrText('REQ-2026-000310'));
    expect(booked.rows).toEqual([{ label: 'Booking reference', value: 'REQ-2026-000310', isolateLtr: true }]);
    expect(withBooking(receipt, appointment, { state: 'paid', centralRequestId: undefined }, 'Booking reference')).toBe(receipt);
    expect(withBooking(receipt, byId('traffic-fines'), { state: 'synced', centralRequestId: 'REQ-2026-000311' }, 'Booking reference')).toBe(receipt);
  });
});
