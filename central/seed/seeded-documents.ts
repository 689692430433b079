// Certificates the simulator issued before any kiosk ran, for document verification: one
// genuine, one revoked. Dates are fixed (a verification does not depend on today), so the
// codes printed on them are known to tests and scenarios without reading the database.
import type { CertificateKind } from '../../electron/documents/certificate-kinds';
import { holderHashOf, signDocumentCode, type SigningKey } from '../../electron/documents/verification-code';
import { dependants as d } from './household';
import { cardHolders as h } from './people';

/**
 * The simulator's signing key. A development stand-in: the ministry's central keeps its real
 * keys in its own vault, and nothing signed with this one is a ministry document.
 */
export const simulatorSigningKey: SigningKey = { id: 'sim1', secret: new TextEncoder().encode('moi-central-simulator-document-key-not-for-production') };

export interface SeededDocument {
  readonly documentId: string;
  readonly kind: CertificateKind;
  readonly holder: string;
  readonly requestedBy: string;
  readonly language: 'ar' | 'en';
  readonly issueDate: string;
  readonly validUntil: string;
  readonly revokedOn?: string;
}

export const seededDocuments: readonly SeededDocument[] = [
  { documentId: 'CRT-2026-000901', kind: 'residency', holder: d.noura.idNumber, requestedBy: h.resident.idNumber, language: 'en', issueDate: '2026-09-14', validUntil: '2026-12-13' },
  { documentId: 'CRT-2026-000902', kind: 'traffic-clearance', holder: d.hamad.idNumber, requestedBy: h.sponsor.idNumber, language: 'ar', issueDate: '2026-08-02', validUntil: '2026-10-31', revokedOn: '2026-08-20' },
];

export function codeOf(document: Pick<SeededDocument, 'documentId' | 'kind' | 'holder' | 'issueDate'>, key: SigningKey = simulatorSigningKey): string {
  return signDocumentCode({ documentId: document.documentId, kind: document.kind, holderHash: holderHashOf(key, document.holder), issueDate: document.issueDate }, key);
}

/** The code printed on a seeded document (throws for an id that is not seeded: a test's mistake). */
export function seededDocumentCode(documentId: string): string {
  const document = seededDocuments.find((s) => s.documentId === documentId);
  if (!document) throw new Error(`no seeded document ${documentId}`);
  return codeOf(document);
}
