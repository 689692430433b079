// What the receipt says of a paid document (it prints after the person chose): printed beside
// the screen; kept for a reprint with the code to give at any kiosk or counter; or posted to the
// address on record. Pure: keys and rows, the receipt builder translates them.
import type { ReceiptRow } from '../../hardware/printer/receipt';
import type { ReceiptDocumentNote } from '../../state-machines/session/session-types';

/** The definition's own note for a printed document, replaced when it did not print. */
const printedNoteKey = 'services:certificate.receipt-note';

export interface DocumentReceiptLines {
  readonly noteKeys: readonly string[];
  readonly rows: readonly ReceiptRow[];
}

export function documentReceiptLines(noteKeys: readonly string[], note: ReceiptDocumentNote | undefined, t: (key: string) => string): DocumentReceiptLines {
  if (!note || note.outcome.kind === 'printed') return { noteKeys, rows: [] };
  const others = noteKeys.filter((key) => key !== printedNoteKey);
  const documentRow: ReceiptRow[] = note.outcome.kind === 'kept' ? [{ label: t('receipt:document-number'), value: note.outcome.documentId, isolateLtr: true }] : [];
  const choice = note.choice;
  if (!choice?.isRecorded) return { noteKeys: [...others, 'services:certificate.receipt-kept'], rows: documentRow };
  const codeRow: ReceiptRow[] = choice.reprintCode ? [{ label: t('receipt:reprint-code'), value: choice.reprintCode, isolateLtr: true }] : [];
  return choice.choice === 'post'
    ? { noteKeys: [...others, 'services:certificate.receipt-post'], rows: documentRow }
    : { noteKeys: [...others, 'services:certificate.receipt-reprint'], rows: [...documentRow, ...codeRow] };
}
