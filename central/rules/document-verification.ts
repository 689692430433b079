// Read-only, for anyone (no card needed): is the scanned code on a certificate ours, and is
// the document still valid? The answer lists what the document states, so the person can
// compare it with the paper in their hand.
import { err, ok } from '../../hardware/result';
import { documentVerdict, type IssuedDocument } from '../../electron/documents/document-verdict';
import { holderHashOf, verifyDocumentCode } from '../../electron/documents/verification-code';
import type { InfoRow } from '../../state-machines/domain';
import { findDocument, type DocumentRecord } from '../db/document-queries';
import { simulatorSigningKey } from '../seed/seeded-documents';
import { eligible, reason } from './common';
import type { RuleContext, ServiceRules } from './rule-types';

const readOnly = { status: 422, reason: reason('read-only-service') };

function issued(ctx: RuleContext, documentId: string): IssuedDocument | undefined {
  const d = findDocument(ctx.db, documentId);
  if (!d) return undefined;
  const claims = { documentId: d.id, kind: d.kind, holderHash: holderHashOf(simulatorSigningKey, d.holderId), issueDate: d.issueDate };
  return d.revokedOn ? { claims, revokedOn: d.revokedOn } : { claims };
}

function statedRows(d: DocumentRecord, statusKey: string): InfoRow[] {
  const stated = 'central:verdict.as-printed';
  return [
    { labelKey: 'central:document.issued', labelValues: { kind: d.kind, number: d.id }, statusKey },
    { labelKey: 'central:document.holder', labelValues: { nameAr: d.facts.holder.nameAr, nameLatin: d.facts.holder.nameLatin }, statusKey: stated },
    { labelKey: 'central:document.dates', labelValues: { issueDate: d.issueDate, validUntil: d.validUntil }, statusKey: stated },
  ];
}

/** What the kiosk shows for a scanned (or typed) code; never throws, whatever was read. */
export function verificationRows(ctx: RuleContext, code: string): InfoRow[] {
  const verdict = documentVerdict(verifyDocumentCode(code, [simulatorSigningKey]), (id) => issued(ctx, id));
  switch (verdict.kind) {
    case 'not-a-ministry-document':
      return [{ labelKey: 'central:document.scanned', labelValues: {}, statusKey: 'central:verdict.not-ministry' }];
    case 'unknown':
      return [{ labelKey: 'central:document.number', labelValues: { number: verdict.claims.documentId }, statusKey: 'central:verdict.unknown' }];
    case 'revoked': {
      const document = findDocument(ctx.db, verdict.claims.documentId);
      const revoked = { labelKey: 'central:document.revoked-on', labelValues: { date: verdict.revokedOn }, statusKey: 'central:verdict.revoked' };
      return document ? [...statedRows(document, 'central:verdict.revoked'), revoked] : [revoked];
    }
    case 'genuine': {
      const document = findDocument(ctx.db, verdict.claims.documentId);
      return document ? statedRows(document, 'central:verdict.genuine') : [];
    }
  }
}

export const documentVerification: ServiceRules = {
  isCardless: true,
  eligibility: () => eligible,
  items: () => ok([]),
  quote: () => err(readOnly),
  apply: () => err(readOnly),
  info: (ctx, _holderId, fields) => verificationRows(ctx, fields?.code ?? ''),
};
