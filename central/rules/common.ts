// Checks every service starts with, and the shape of "not eligible" as a value.
import { err, ok, type Result } from '../../hardware/result';
import type { Eligibility, Relation } from '../../state-machines/domain';
import { relationOf } from '../db/people-queries';
import type { Refusal, RuleContext } from './rule-types';

export const reason = (name: string) => `central:reason.${name}`;

export const eligible: Eligibility = { eligible: true };
export const ineligible = (name: string): Eligibility => ({ eligible: false, reason: reason(name) });

/** Whom the holder may act for: themselves, people they sponsor, their company's employees. */
export function subjectRelation(ctx: RuleContext, holderId: string, subjectId: string): Result<Relation, string> {
  const relation = relationOf(ctx.db, holderId, subjectId);
  return relation ? ok(relation) : err(reason('not-your-dependant'));
}

/** Items and quotes are only offered to someone eligible; otherwise the same reason, as a 422. */
export function whenEligible<T>(verdict: Eligibility, then: () => Result<T, Refusal>): Result<T, Refusal> {
  return verdict.eligible ? then() : err({ status: 422, reason: verdict.reason });
}

export function hasValidInsurance(insuranceExpiry: string | null, today: string): boolean {
  return insuranceExpiry !== null && insuranceExpiry >= today;
}

/** Exactly one of the offered item ids, as terms are (1-3 years, 1-3 months). */
export function oneOf<T extends { id: string }>(offered: readonly T[], itemIds: readonly string[]): Result<T, Refusal> {
  const chosen = offered.find((item) => item.id === itemIds[0]);
  return itemIds.length === 1 && chosen ? ok(chosen) : err({ status: 422, reason: reason('choose-one-term') });
}
