// A company's representative acts for its employees only within what the company granted:
// the service must be among the representative's permissions and the amount within the
// spending cap. Checked at eligibility, items, quote and again at submit, so a permission
// revoked meanwhile takes effect at the next check (and a paid submission is refused: refund).
import { err, type Result } from '../../hardware/result';
import { representedCompany } from '../db/people-queries';
import { reason, subjectRelation } from './common';
import type { QuotedWork, Refusal, RuleContext, ServiceRules, SubjectQuery } from './rule-types';

function isForEmployee(ctx: RuleContext, q: SubjectQuery): boolean {
  const relation = subjectRelation(ctx, q.holderId, q.subjectId);
  return relation.ok && relation.value === 'employee';
}

/** Why the company does not let the holder do this for this person, if it does not. */
function notGranted(ctx: RuleContext, serviceId: string, q: SubjectQuery): string | undefined {
  if (!isForEmployee(ctx, q)) return undefined;
  return representedCompany(ctx.db, q.holderId)?.permissions.includes(serviceId) ? undefined : reason('no-company-permission');
}

function overCap(ctx: RuleContext, q: SubjectQuery, totalMinor: number): string | undefined {
  if (!isForEmployee(ctx, q)) return undefined;
  const company = representedCompany(ctx.db, q.holderId);
  return company && totalMinor > company.spendingCapMinor ? reason('over-spending-cap') : undefined;
}

const refused = (why: string): Result<never, Refusal> => err({ status: 422, reason: why });

export function delegated(serviceId: string, rules: ServiceRules): ServiceRules {
  const quoted = (ctx: RuleContext, work: QuotedWork) => {
    const lines = rules.quote(ctx, work);
    if (!lines.ok) return lines;
    const cap = overCap(ctx, work, lines.value.reduce((sum, l) => sum + l.amountMinor, 0));
    return cap ? refused(cap) : lines;
  };
  return {
    ...rules,
    eligibility(ctx, q) {
      const why = notGranted(ctx, serviceId, q);
      return why ? { eligible: false, reason: why } : rules.eligibility(ctx, q);
    },
    items(ctx, q) {
      const why = notGranted(ctx, serviceId, q);
      return why ? refused(why) : rules.items(ctx, q);
    },
    quote(ctx, q) {
      const why = notGranted(ctx, serviceId, q);
      return why ? refused(why) : quoted(ctx, q);
    },
    apply(ctx, work) {
      const why = notGranted(ctx, serviceId, work);
      if (why) return refused(why);
      const lines = quoted(ctx, work);
      return lines.ok ? rules.apply(ctx, work) : lines;
    },
  };
}

