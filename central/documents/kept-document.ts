// Where a paid document that did not print stands, as a person sees it in my-requests:
// kept for a reprint (printable at any kiosk), posted, or already reprinted. Only the person
// who paid for it and the person it is about see this; to anyone else the request shows
// its ordinary status.
import type Database from 'better-sqlite3';
import type { InfoRowAction } from '../../state-machines/domain';
import { openDocumentChoiceTable } from './document-choice-table';

export type KeptDocumentStanding = 'ready-to-print' | 'by-post' | 'reprinted';

export interface KeptDocument {
  readonly standing: KeptDocumentStanding;
  readonly statusKey: string;
  /** Only a document ready to print can be acted on. */
  readonly action?: InfoRowAction;
}

/** May this person have the document reprinted (they paid for it, or it is about them)? */
export function isPartyTo(db: Database.Database, documentId: string, personId: string): boolean {
  const parties = openDocumentChoiceTable(db).partiesOf(documentId);
  return parties !== undefined && (parties.payerId === personId || parties.subjectId === personId);
}

/** Undefined when no choice was recorded for it or the person is not party to it. */
export function standingOf(db: Database.Database, documentId: string, personId: string): KeptDocumentStanding | undefined {
  const table = openDocumentChoiceTable(db);
  const choice = table.choiceFor(documentId);
  if (!choice || !isPartyTo(db, documentId, personId)) return undefined;
  if (choice.choice === 'post') return 'by-post';
  return table.reprintOf(documentId) ? 'reprinted' : 'ready-to-print';
}

export function keptDocument(db: Database.Database, request: { readonly id: string; readonly serviceId: string }, viewerId: string): KeptDocument | undefined {
  const standing = standingOf(db, request.id, viewerId);
  if (!standing) return undefined;
  const statusKey = `central:status.document-${standing}`;
  return standing === 'ready-to-print' ? { standing, statusKey, action: { kind: 'reprint-document', serviceId: request.serviceId, documentId: request.id } } : { standing, statusKey };
}
