// Residence-permit renewal for oneself, family, domestic workers and company employees.
import { err, ok, type Result } from '../../hardware/result';
import type { Eligibility, ServiceItem } from '../../state-machines/domain';
import { addDays, daysBetween } from '../db/dates';
import { findPerson, representedCompany } from '../db/people-queries';
import { extendPermit, feeOf, insertRequest, permitOf, unpaidViolations } from '../db/record-queries';
import { eligible, hasValidInsurance, ineligible, oneOf, reason, subjectRelation, whenEligible } from './common';
import type { QuoteLine, Refusal, RuleContext, ServiceRules, SubjectQuery } from './rule-types';

const serviceId = 'residence-renewal';
/** A permit can be renewed once it has expired or expires within this many days. */
export const renewalWindowDays = 30;
const terms = [1, 2, 3] as const;
const qatarPhone = /^(\+974)?[3-7]\d{7}$/;

function check(ctx: RuleContext, q: SubjectQuery): Eligibility {
  const relation = subjectRelation(ctx, q.holderId, q.subjectId);
  if (!relation.ok) return { eligible: false, reason: relation.error };
  if (relation.value === 'visitor') return ineligible('visitor-not-resident');
  if (relation.value === 'employee' && !representedCompany(ctx.db, q.holderId)?.permissions.includes(serviceId)) return ineligible('no-company-permission');
  const permit = permitOf(ctx.db, q.subjectId, 'residence');
  if (!permit) return ineligible('no-residence-permit');
  if (daysBetween(ctx.today, permit.expiry) > renewalWindowDays) return ineligible('permit-not-due');
  const person = findPerson(ctx.db, q.subjectId);
  if (person?.hasSecurityRestriction) return ineligible('security-restriction');
  if (unpaidViolations(ctx.db, { personId: q.subjectId }).some((v) => v.isBlocking)) return ineligible('unpaid-violations');
  if (!hasValidInsurance(person?.insuranceExpiry ?? null, ctx.today)) return ineligible('no-health-insurance');
  return eligible;
}

function relationOfSubject(ctx: RuleContext, q: SubjectQuery) {
  const relation = subjectRelation(ctx, q.holderId, q.subjectId);
  return relation.ok ? relation.value : undefined;
}

function offeredTerms(ctx: RuleContext): (ServiceItem & { years: number })[] {
  const perYear = feeOf(ctx.db, serviceId, 'per-year');
  return terms.map((years) => ({ id: `term-${years}`, years, labelKey: 'central:item.permit-term', labelValues: { years, count: years }, amountMinor: perYear * years, preselected: years === 1 }));
}

function deliveryLine(ctx: RuleContext, fields: Readonly<Record<string, string>>): Result<QuoteLine, Refusal> {
  if (fields.delivery === 'collect') return ok({ labelKey: 'central:line.delivery-collect', labelValues: {}, amountMinor: 0 });
  if (fields.delivery !== 'post') return err({ status: 422, reason: reason('delivery-required') });
  if ((fields.address ?? '').trim().length < 5) return err({ status: 422, reason: reason('address-required') });
  if (!qatarPhone.test((fields.phone ?? '').replace(/\s/g, ''))) return err({ status: 422, reason: reason('phone-invalid') });
  return ok({ labelKey: 'central:line.delivery-post', labelValues: {}, amountMinor: feeOf(ctx.db, serviceId, 'delivery-post') });
}

export const residenceRenewal: ServiceRules = {
  eligibility: check,
  items: (ctx, q) => whenEligible(check(ctx, q), () => ok(offeredTerms(ctx).map(({ years: _years, ...item }) => item))),
  quote: (ctx, q) =>
    whenEligible(check(ctx, q), () => {
      const term = oneOf(offeredTerms(ctx), q.itemIds);
      if (!term.ok) return term;
      const delivery = deliveryLine(ctx, q.fields);
      if (!delivery.ok) return delivery;
      const lines = [{ labelKey: 'central:line.permit-renewal', labelValues: { years: term.value.years, count: term.value.years }, amountMinor: term.value.amountMinor }, delivery.value];
      const company = representedCompany(ctx.db, q.holderId);
      const total = lines.reduce((sum, l) => sum + l.amountMinor, 0);
      const isForEmployee = relationOfSubject(ctx, q) === 'employee';
      if (isForEmployee && company && total > company.spendingCapMinor) return err({ status: 422, reason: reason('over-spending-cap') });
      return ok(lines);
    }),
  apply: (ctx, work) =>
    whenEligible(check(ctx, work), () => {
      const term = oneOf(offeredTerms(ctx), work.itemIds);
      const permit = permitOf(ctx.db, work.subjectId, 'residence');
      if (!term.ok || !permit) return err({ status: 422, reason: reason('choose-one-term') });
      const from = permit.expiry > ctx.today ? permit.expiry : ctx.today;
      // The new expiry is recorded at once, so a second paid renewal of the same permit is refused.
      extendPermit(ctx.db, permit.number, addDays(from, 365 * term.value.years));
      return ok(insertRequest(ctx.db, { serviceId, holderId: work.holderId, subjectId: work.subjectId, status: 'submitted', today: ctx.today }));
    }),
};
