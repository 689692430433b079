// Driving-licence renewal for the holder: a licence due (within 90 days of expiry, or expired
// less than a year ago), not suspended, a passed eye test from the last 6 months on record,
// and no blocking unpaid violation. 1, 3 or 5 years at a fee per year.
import { err, ok } from '../../hardware/result';
import type { Eligibility, ServiceItem } from '../../state-machines/domain';
import { addDays, daysBetween } from '../db/dates';
import { extendLicence, latestEyeTest, licenceOf } from '../db/licence-vehicle-queries';
import { feeOf, insertRequest, unpaidViolations } from '../db/record-queries';
import { eligible, ineligible, oneOf, reason, subjectRelation, whenEligible } from './common';
import type { RuleContext, ServiceRules, SubjectQuery } from './rule-types';

const serviceId = 'licence-renewal';
export const licenceRenewalWindowDays = 90;
const expiredTooLongDays = 365;
export const eyeTestValidDays = 180;
const terms = [1, 3, 5] as const;

function check(ctx: RuleContext, q: SubjectQuery): Eligibility {
  const relation = subjectRelation(ctx, q.holderId, q.subjectId);
  if (!relation.ok) return { eligible: false, reason: relation.error };
  if (relation.value !== 'self') return ineligible('only-for-yourself');
  const licence = licenceOf(ctx.db, q.subjectId);
  if (!licence) return ineligible('no-licence');
  if (licence.state === 'suspended') return ineligible('licence-suspended');
  const daysLeft = daysBetween(ctx.today, licence.expiry);
  if (daysLeft > licenceRenewalWindowDays) return ineligible('licence-not-due');
  if (daysLeft < -expiredTooLongDays) return ineligible('licence-expired-too-long');
  const eyeTest = latestEyeTest(ctx.db, q.subjectId);
  if (!eyeTest || daysBetween(eyeTest.date, ctx.today) > eyeTestValidDays) return ineligible('eye-test-required');
  if (eyeTest.result !== 'pass') return ineligible('eye-test-failed');
  if (unpaidViolations(ctx.db, { personId: q.subjectId }).some((v) => v.isBlocking)) return ineligible('unpaid-violations');
  return eligible;
}

function offered(ctx: RuleContext): (ServiceItem & { years: number })[] {
  const perYear = feeOf(ctx.db, serviceId, 'per-year');
  return terms.map((years) => ({ id: `years-${years}`, years, labelKey: 'central:item.licence-term', labelValues: { years, count: years }, amountMinor: perYear * years, preselected: years === 1 }));
}

export const licenceRenewal: ServiceRules = {
  eligibility: check,
  items: (ctx, q) => whenEligible(check(ctx, q), () => ok(offered(ctx).map(({ years: _years, ...item }) => item))),
  quote: (ctx, q) =>
    whenEligible(check(ctx, q), () => {
      const term = oneOf(offered(ctx), q.itemIds);
      return term.ok ? ok([{ labelKey: 'central:line.licence-renewal', labelValues: { years: term.value.years, count: term.value.years }, amountMinor: term.value.amountMinor }]) : term;
    }),
  apply: (ctx, work) =>
    whenEligible(check(ctx, work), () => {
      const term = oneOf(offered(ctx), work.itemIds);
      const licence = licenceOf(ctx.db, work.subjectId);
      if (!term.ok || !licence) return err({ status: 422, reason: reason('choose-one-term') });
      const from = licence.expiry > ctx.today ? licence.expiry : ctx.today;
      // Recorded at once: a second paid renewal of the same licence is refused as not due.
      extendLicence(ctx.db, licence.number, addDays(from, 365 * term.value.years));
      return ok(insertRequest(ctx.db, { serviceId, holderId: work.holderId, subjectId: work.subjectId, status: 'approved', today: ctx.today }));
    }),
};
