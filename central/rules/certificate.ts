// Certificates (residency, no-objection, traffic clearance) for the holder or someone they
// sponsor, in Arabic or English. Submitting issues the document: its number is the request id,
// its code is signed here, and the kiosk fetches what it states to print it on A4.
import { err, ok, type Result } from '../../hardware/result';
import { certificateKinds, isCertificateKind, type CertificateKind } from '../../electron/documents/certificate-kinds';
import type { IssuedDocumentWire } from '../../electron/central-client/document-wire';
import { holderHashOf, signDocumentCode } from '../../electron/documents/verification-code';
import type { Eligibility, ServiceItem } from '../../state-machines/domain';
import { addDays } from '../db/dates';
import { findDocument, insertDocument, insertNamedRequest, nextDocumentId, type DocumentRecord } from '../db/document-queries';
import { findPerson } from '../db/people-queries';
import { feeOf } from '../db/record-queries';
import { simulatorSigningKey } from '../seed/seeded-documents';
import { certificateFacts, documentValidityDays } from './certificate-facts';
import { eligible, ineligible, reason, subjectRelation, whenEligible } from './common';
import type { QuotedWork, Refusal, RuleContext, ServiceRules, SubjectQuery } from './rule-types';

const serviceId = 'certificate';

function check(ctx: RuleContext, q: SubjectQuery): Eligibility {
  const relation = subjectRelation(ctx, q.holderId, q.subjectId);
  if (!relation.ok) return { eligible: false, reason: relation.error };
  if (relation.value === 'visitor' || relation.value === 'employee') return ineligible('not-your-dependant');
  if (findPerson(ctx.db, q.subjectId)?.hasSecurityRestriction) return ineligible('security-restriction');
  return eligible;
}

const offered = (ctx: RuleContext): ServiceItem[] =>
  certificateKinds.map((kind) => ({ id: kind, labelKey: `central:item.certificate.${kind}`, labelValues: {}, amountMinor: feeOf(ctx.db, serviceId, kind) }));

/** The one kind chosen, what the certificate would state, and the language asked for. */
function chosen(ctx: RuleContext, work: QuotedWork): Result<{ kind: CertificateKind; language: 'ar' | 'en'; facts: DocumentRecord['facts'] }, Refusal> {
  const kind = work.itemIds[0];
  if (work.itemIds.length !== 1 || !isCertificateKind(kind)) return err({ status: 422, reason: reason('choose-one-certificate') });
  const language = work.fields.language;
  if (language !== 'ar' && language !== 'en') return err({ status: 422, reason: reason('language-required') });
  const facts = certificateFacts(ctx.db, { subjectId: work.subjectId, kind, fields: work.fields, today: ctx.today });
  return facts.ok ? ok({ kind, language, facts: facts.value }) : err({ status: 422, reason: facts.error });
}

export function toWire(document: DocumentRecord): IssuedDocumentWire {
  const { facts } = document;
  return {
    documentId: document.id,
    kind: document.kind,
    language: document.language,
    issueDate: document.issueDate,
    validUntil: document.validUntil,
    verificationCode: document.code,
    holder: facts.holder,
    ...(facts.residentSince ? { residentSince: facts.residentSince } : {}),
    ...(facts.permitExpiry ? { permitExpiry: facts.permitExpiry } : {}),
    ...(facts.addressee ? { addressee: facts.addressee } : {}),
    ...(facts.purpose ? { purpose: facts.purpose as IssuedDocumentWire['purpose'] } : {}),
    ...(facts.vehicles ? { vehicles: [...facts.vehicles] } : {}),
  };
}

export const certificate: ServiceRules = {
  eligibility: check,
  items: (ctx, q) => whenEligible(check(ctx, q), () => ok(offered(ctx))),
  quote: (ctx, q) =>
    whenEligible(check(ctx, q), () => {
      const choice = chosen(ctx, q);
      if (!choice.ok) return choice;
      return ok([{ labelKey: `central:item.certificate.${choice.value.kind}`, labelValues: {}, amountMinor: feeOf(ctx.db, serviceId, choice.value.kind) }]);
    }),
  apply: (ctx, work) =>
    whenEligible(check(ctx, work), () => {
      const choice = chosen(ctx, work);
      if (!choice.ok) return choice;
      const id = nextDocumentId(ctx.db, ctx.today);
      const code = signDocumentCode({ documentId: id, kind: choice.value.kind, holderHash: holderHashOf(simulatorSigningKey, work.subjectId), issueDate: ctx.today }, simulatorSigningKey);
      insertDocument(ctx.db, { id, kind: choice.value.kind, holderId: work.subjectId, requestedBy: work.holderId, language: choice.value.language, issueDate: ctx.today, validUntil: addDays(ctx.today, documentValidityDays), facts: choice.value.facts, code });
      insertNamedRequest(ctx.db, { id, serviceId, holderId: work.holderId, subjectId: work.subjectId, today: ctx.today });
      return ok(id);
    }),
  document(ctx, holderId, documentId) {
    const document = findDocument(ctx.db, documentId);
    // Only whoever asked for it (or the person it is about) may have it printed.
    if (!document || (document.requestedBy !== holderId && document.holderId !== holderId)) return err({ status: 404, reason: reason('document-unknown') });
    return ok(toWire(document));
  },
};
