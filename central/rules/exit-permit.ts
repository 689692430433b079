// Exit permit (travel notification) for a domestic worker the holder sponsors, or an employee
// of the company they represent (company-delegation.ts checks the grant): a valid residence
// permit, no travel ban, departure within 60 days, back within 90 days and before the permit
// ends, no other permit for those days. Free of charge.
import { err, ok, type Result } from '../../hardware/result';
import type { Eligibility } from '../../state-machines/domain';
import { daysBetween } from '../db/dates';
import { exitPermitsOf, recordExitPermit } from '../db/booking-queries';
import { findPerson } from '../db/people-queries';
import { insertRequest, permitOf } from '../db/record-queries';
import { eligible, ineligible, reason, subjectRelation, whenEligible } from './common';
import type { QuoteLine, Refusal, RuleContext, ServiceRules, SubjectQuery } from './rule-types';

const serviceId = 'exit-permit';
const destinations = ['ind', 'phl', 'npl', 'lka', 'bgd', 'ken', 'egy', 'jor'];
export const departureWithinDays = 60;
export const maxTripDays = 90;
const isDay = (value: string | undefined): value is string => value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

function check(ctx: RuleContext, q: SubjectQuery): Eligibility {
  const relation = subjectRelation(ctx, q.holderId, q.subjectId);
  if (!relation.ok) return { eligible: false, reason: relation.error };
  if (relation.value !== 'domestic-worker' && relation.value !== 'employee') return ineligible('not-a-domestic-worker');
  const permit = permitOf(ctx.db, q.subjectId, 'residence');
  if (!permit || permit.expiry < ctx.today) return ineligible('permit-expired');
  if (findPerson(ctx.db, q.subjectId)?.hasSecurityRestriction) return ineligible('security-restriction');
  return eligible;
}

interface Trip {
  readonly departure: string;
  readonly returnDate: string;
  readonly destination: string;
}

function trip(ctx: RuleContext, q: SubjectQuery & { fields: Readonly<Record<string, string>> }): Result<Trip, Refusal> {
  const refuse = (why: string) => err({ status: 422, reason: reason(why) });
  const { departure, return: returnDate, destination } = q.fields;
  if (!isDay(departure) || departure < ctx.today || daysBetween(ctx.today, departure) > departureWithinDays) return refuse('departure-date-invalid');
  if (!isDay(returnDate) || returnDate <= departure) return refuse('return-before-departure');
  if (daysBetween(departure, returnDate) > maxTripDays) return refuse('trip-too-long');
  const permit = permitOf(ctx.db, q.subjectId, 'residence');
  if (!permit || returnDate > permit.expiry) return refuse('return-after-permit-expiry');
  if (!destination || !destinations.includes(destination)) return refuse('destination-required');
  if (exitPermitsOf(ctx.db, q.subjectId).some((p) => p.departure <= returnDate && departure <= p.returnDate)) return refuse('exit-permit-exists');
  return ok({ departure, returnDate, destination });
}

const toLine = (t: Trip): QuoteLine => ({ labelKey: 'central:line.exit-permit', labelValues: { departure: t.departure, return: t.returnDate, destination: t.destination }, amountMinor: 0 });

export const exitPermit: ServiceRules = {
  eligibility: check,
  items: (ctx, q) => whenEligible(check(ctx, q), () => ok([])),
  quote: (ctx, q) =>
    whenEligible(check(ctx, q), () => {
      const planned = trip(ctx, q);
      return planned.ok ? ok([toLine(planned.value)]) : planned;
    }),
  apply: (ctx, work) =>
    whenEligible(check(ctx, work), () => {
      const planned = trip(ctx, work);
      if (!planned.ok) return planned;
      const requestId = insertRequest(ctx.db, { serviceId, holderId: work.holderId, subjectId: work.subjectId, status: 'approved', today: ctx.today });
      recordExitPermit(ctx.db, { ...planned.value, requestId, personId: work.subjectId });
      return ok(requestId);
    }),
};
