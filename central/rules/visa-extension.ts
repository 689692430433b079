// Visit-visa extension for visitors the holder sponsors, a month at a time up to the maximum stay.
import { err, ok } from '../../hardware/result';
import type { Eligibility, ServiceItem } from '../../state-machines/domain';
import { addDays, daysBetween } from '../db/dates';
import { findPerson } from '../db/people-queries';
import { extendPermit, feeOf, insertRequest, permitOf } from '../db/record-queries';
import { eligible, hasValidInsurance, ineligible, oneOf, reason, subjectRelation, whenEligible } from './common';
import type { RuleContext, ServiceRules, SubjectQuery } from './rule-types';

const serviceId = 'visa-extension';
const monthDays = 30;
const maxMonths = 3;

/** Whole months left before the visitor's maximum stay. */
function monthsAvailable(ctx: RuleContext, subjectId: string): number {
  const visa = permitOf(ctx.db, subjectId, 'visit-visa');
  if (!visa?.maxStayEnd) return 0;
  return Math.min(maxMonths, Math.floor(daysBetween(visa.expiry, visa.maxStayEnd) / monthDays));
}

function check(ctx: RuleContext, q: SubjectQuery): Eligibility {
  const relation = subjectRelation(ctx, q.holderId, q.subjectId);
  if (!relation.ok) return { eligible: false, reason: relation.error };
  if (relation.value !== 'visitor') return ineligible('not-a-visitor');
  if (!permitOf(ctx.db, q.subjectId, 'visit-visa')) return ineligible('no-visa');
  if (monthsAvailable(ctx, q.subjectId) === 0) return ineligible('visa-max-stay');
  if (!hasValidInsurance(findPerson(ctx.db, q.subjectId)?.insuranceExpiry ?? null, ctx.today)) return ineligible('no-health-insurance');
  return eligible;
}

function offered(ctx: RuleContext, subjectId: string): (ServiceItem & { months: number })[] {
  const perMonth = feeOf(ctx.db, serviceId, 'per-month');
  return Array.from({ length: monthsAvailable(ctx, subjectId) }, (_, i) => i + 1).map((months) => ({
    id: `months-${months}`,
    months,
    labelKey: 'central:item.visa-months',
    labelValues: { months, count: months },
    amountMinor: perMonth * months,
    preselected: months === 1,
  }));
}

export const visaExtension: ServiceRules = {
  eligibility: check,
  items: (ctx, q) => whenEligible(check(ctx, q), () => ok(offered(ctx, q.subjectId).map(({ months: _months, ...item }) => item))),
  quote: (ctx, q) =>
    whenEligible(check(ctx, q), () => {
      const term = oneOf(offered(ctx, q.subjectId), q.itemIds);
      return term.ok ? ok([{ labelKey: 'central:line.visa-extension', labelValues: { months: term.value.months, count: term.value.months }, amountMinor: term.value.amountMinor }]) : term;
    }),
  apply: (ctx, work) =>
    whenEligible(check(ctx, work), () => {
      const term = oneOf(offered(ctx, work.subjectId), work.itemIds);
      const visa = permitOf(ctx.db, work.subjectId, 'visit-visa');
      if (!term.ok || !visa) return err({ status: 422, reason: reason('choose-one-term') });
      extendPermit(ctx.db, visa.number, addDays(visa.expiry, monthDays * term.value.months));
      return ok(insertRequest(ctx.db, { serviceId, holderId: work.holderId, subjectId: work.subjectId, status: 'submitted', today: ctx.today }));
    }),
};
