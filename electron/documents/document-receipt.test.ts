import { describe, expect, it } from 'vitest';
import type { DocumentOutcome } from '../../state-machines/session/session-types';
import { documentReceiptLines } from './document-receipt';

const t = (key: string) => `«${key}»`;
const notes = ['services:certificate.receipt-note'];
const kept: DocumentOutcome = { kind: 'kept', documentId: 'CRT-2026-000005', problem: { reason: 'paper-out', actions: ['wait', 'reprint', 'post'] } };

describe('what the receipt says of a certificate', () => {
  it('given it printed, then the receipt keeps its note about the A4 printer and adds nothing', () => {
    expect(documentReceiptLines(notes, { outcome: { kind: 'printed', documentId: 'CRT-2026-000005' } }, t)).toEqual({ noteKeys: notes, rows: [] });
  });

  it('given a reprint was chosen, then the receipt names the certificate and the reprint code, and says where to give it', () => {
    expect(documentReceiptLines(notes, { outcome: kept, choice: { choice: 'reprint', isRecorded: true, isSent: false, reprintCode: 'K7QM-3XWD' } }, t)).toEqual({
      noteKeys: ['services:certificate.receipt-reprint'],
      rows: [
        { label: '«receipt:document-number»', value: 'CRT-2026-000005', isolateLtr: true },
        { label: '«receipt:reprint-code»', value: 'K7QM-3XWD', isolateLtr: true },
      ],
    });
  });

  it('given post was chosen, then the receipt says it will be posted to the address on record', () => {
    expect(documentReceiptLines(notes, { outcome: kept, choice: { choice: 'post', isRecorded: true, isSent: true, reprintCode: 'K7QM-3XWD' } }, t).noteKeys).toEqual(['services:certificate.receipt-post']);
  });

  it('given nothing could be recorded, then the receipt says the certificate is paid and kept, to show at a centre', () => {
    expect(documentReceiptLines(notes, { outcome: { kind: 'pending', problem: { reason: 'not-issued', actions: ['reprint', 'post'] } }, choice: { choice: 'post', isRecorded: false, isSent: false } }, t)).toEqual({ noteKeys: ['services:certificate.receipt-kept'], rows: [] });
  });
});
