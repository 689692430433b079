// Replacement of a lost or damaged driving licence: the licence must exist, be valid and not
// suspended (an expired one is renewed instead). The fee depends on the reason.
import { err, ok, type Result } from '../../hardware/result';
import type { Eligibility } from '../../state-machines/domain';
import { licenceOf } from '../db/licence-vehicle-queries';
import { feeOf, insertRequest } from '../db/record-queries';
import { eligible, ineligible, reason, subjectRelation, whenEligible } from './common';
import type { QuoteLine, Refusal, RuleContext, ServiceRules, SubjectQuery } from './rule-types';

const serviceId = 'licence-replacement';
const reasons = ['lost', 'damaged'] as const;

function check(ctx: RuleContext, q: SubjectQuery): Eligibility {
  const relation = subjectRelation(ctx, q.holderId, q.subjectId);
  if (!relation.ok) return { eligible: false, reason: relation.error };
  if (relation.value !== 'self') return ineligible('only-for-yourself');
  const licence = licenceOf(ctx.db, q.subjectId);
  if (!licence) return ineligible('no-licence');
  if (licence.state === 'suspended') return ineligible('licence-suspended');
  if (licence.expiry < ctx.today) return ineligible('licence-expired');
  return eligible;
}

function line(ctx: RuleContext, fields: Readonly<Record<string, string>>): Result<QuoteLine, Refusal> {
  const why = reasons.find((r) => r === fields.reason);
  if (!why) return err({ status: 422, reason: reason('replacement-reason-required') });
  return ok({ labelKey: `central:line.licence-replacement.${why}`, labelValues: {}, amountMinor: feeOf(ctx.db, serviceId, why) });
}

export const licenceReplacement: ServiceRules = {
  eligibility: check,
  items: (ctx, q) => whenEligible(check(ctx, q), () => ok([])),
  quote: (ctx, q) =>
    whenEligible(check(ctx, q), () => {
      const priced = line(ctx, q.fields);
      return priced.ok ? ok([priced.value]) : priced;
    }),
  apply: (ctx, work) =>
    whenEligible(check(ctx, work), () => {
      const priced = line(ctx, work.fields);
      if (!priced.ok) return priced;
      return ok(insertRequest(ctx.db, { serviceId, holderId: work.holderId, subjectId: work.subjectId, status: 'submitted', today: ctx.today }));
    }),
};
