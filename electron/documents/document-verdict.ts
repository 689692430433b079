// Pure: what the central answers about a scanned code, from the signature check and its own
// registry of issued documents. Shared so the central and the kiosk's screens agree on words.
import type { CodeVerification, DocumentClaims } from './verification-code';

/** What the central's registry holds for an issued document. */
export interface IssuedDocument {
  readonly claims: DocumentClaims;
  /** Set once the ministry withdrew it (YYYY-MM-DD). */
  readonly revokedOn?: string;
}

export type DocumentVerdict =
  | { readonly kind: 'genuine'; readonly claims: DocumentClaims }
  | { readonly kind: 'revoked'; readonly claims: DocumentClaims; readonly revokedOn: string }
  /** Signed with our key but absent from the registry (issued elsewhere, or lost): ask a counter. */
  | { readonly kind: 'unknown'; readonly claims: DocumentClaims }
  | { readonly kind: 'not-a-ministry-document' };

function sameClaims(a: DocumentClaims, b: DocumentClaims): boolean {
  return a.documentId === b.documentId && a.kind === b.kind && a.holderHash === b.holderHash && a.issueDate === b.issueDate;
}

export function documentVerdict(verification: CodeVerification, lookup: (documentId: string) => IssuedDocument | undefined): DocumentVerdict {
  if (verification.kind === 'not-a-ministry-document') return { kind: 'not-a-ministry-document' };
  const { claims } = verification;
  const issued = lookup(claims.documentId);
  if (issued === undefined || !sameClaims(issued.claims, claims)) return { kind: 'unknown', claims };
  if (issued.revokedOn !== undefined) return { kind: 'revoked', claims, revokedOn: issued.revokedOn };
  return { kind: 'genuine', claims };
}
