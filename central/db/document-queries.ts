// The registry of issued documents: what each one states, its signed code, and whether the
// ministry withdrew it. Verification reads it; issuing a certificate writes it.
import type Database from 'better-sqlite3';
import type { CertificateKind } from '../../electron/documents/certificate-kinds';

/** What a certificate states besides its number and dates (the kind decides which parts). */
export interface DocumentFacts {
  readonly holder: { readonly nameAr: string; readonly nameLatin: string; readonly idNumber: string; readonly nationality: string };
  readonly residentSince?: string;
  readonly permitExpiry?: string;
  readonly addressee?: string;
  readonly purpose?: string;
  readonly vehicles?: readonly { readonly plate: string; readonly model: string }[];
}

export interface DocumentRecord {
  readonly id: string;
  readonly kind: CertificateKind;
  readonly holderId: string;
  readonly requestedBy: string;
  readonly language: 'ar' | 'en';
  readonly issueDate: string;
  readonly validUntil: string;
  readonly facts: DocumentFacts;
  readonly code: string;
  readonly revokedOn: string | null;
}

type Row = { id: string; kind: CertificateKind; holder_id: string; requested_by: string; language: 'ar' | 'en'; issue_date: string; valid_until: string; facts: string; code: string; revoked_on: string | null };

export function findDocument(db: Database.Database, id: string): DocumentRecord | undefined {
  const r = db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as Row | undefined;
  if (!r) return undefined;
  return { id: r.id, kind: r.kind, holderId: r.holder_id, requestedBy: r.requested_by, language: r.language, issueDate: r.issue_date, validUntil: r.valid_until, facts: JSON.parse(r.facts) as DocumentFacts, code: r.code, revokedOn: r.revoked_on };
}

export function insertDocument(db: Database.Database, d: Omit<DocumentRecord, 'revokedOn'> & { revokedOn?: string }): void {
  db.prepare('INSERT INTO documents (id, kind, holder_id, requested_by, language, issue_date, valid_until, facts, code, revoked_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    d.id, d.kind, d.holderId, d.requestedBy, d.language, d.issueDate, d.validUntil, JSON.stringify(d.facts), d.code, d.revokedOn ?? null,
  );
}

/** The next certificate number of the year (CRT-2026-000001…), after the highest one issued. */
export function nextDocumentId(db: Database.Database, today: string): string {
  const year = today.slice(0, 4);
  const last = (db.prepare('SELECT max(CAST(substr(id, 10) AS INTEGER)) FROM documents WHERE id LIKE ?').pluck().get(`CRT-${year}-%`) as number | null) ?? 0;
  return `CRT-${year}-${String(last + 1).padStart(6, '0')}`;
}

/** A request row under a number the service chose (the certificate's own number). */
export function insertNamedRequest(db: Database.Database, r: { id: string; serviceId: string; holderId: string; subjectId: string; today: string }): void {
  db.prepare("INSERT INTO requests (id, service_id, holder_id, subject_id, status, reason, submitted_at) VALUES (?, ?, ?, ?, 'approved', NULL, ?)").run(r.id, r.serviceId, r.holderId, r.subjectId, r.today);
}
