// Traffic violations: listed by person (the holder or someone they act for) or by the plate
// of a vehicle they, someone they sponsor or their company owns; the holder pays the chosen ones.
import { err, ok, type Result } from '../../hardware/result';
import type { ServiceItem } from '../../state-machines/domain';
import { peopleOf, representedCompany } from '../db/people-queries';
import { insertRequest, markViolationsPaid, unpaidViolations, vehicleOwner, violationsByIds, type Violation, type ViolationRecord } from '../db/record-queries';
import { reason, subjectRelation } from './common';
import type { QuoteLine, Refusal, RuleContext, ServiceRules, SubjectQuery } from './rule-types';

const serviceId = 'traffic-fines';
const plateFormat = /^\d{1,6}$/;

type Scope = { readonly personId: string } | { readonly plate: string };

/** Whose violations the query points at (a person, or a plate the holder may pay for), or why none. */
function scopeFor(ctx: RuleContext, q: SubjectQuery): Result<Scope, string> {
  const relation = subjectRelation(ctx, q.holderId, q.subjectId);
  if (!relation.ok) return relation;
  const plate = q.fields?.plate?.replace(/\s/g, '');
  if (plate === undefined || plate === '') return ok({ personId: q.subjectId });
  if (!plateFormat.test(plate)) return err(reason('plate-invalid'));
  const owner = vehicleOwner(ctx.db, plate);
  if (!owner) return err(reason('plate-not-found'));
  const company = representedCompany(ctx.db, q.holderId);
  const isOwnersAgent =
    (owner.personId !== null && peopleOf(ctx.db, q.holderId).some((p) => p.idNumber === owner.personId)) ||
    (owner.companyId !== null && company?.id === owner.companyId && company.permissions.includes(serviceId));
  return isOwnersAgent ? ok({ plate }) : err(reason('plate-not-yours'));
}

function violationsFor(ctx: RuleContext, q: SubjectQuery): Result<Violation[], string> {
  const scope = scopeFor(ctx, q);
  if (!scope.ok) return scope;
  const list = unpaidViolations(ctx.db, scope.value);
  return list.length > 0 ? ok(list) : err(reason('no-violations'));
}

const toLine = (v: Violation): QuoteLine => ({
  labelKey: 'central:item.violation',
  labelValues: { date: v.date, place: v.place, plate: v.plate, offence: v.offence },
  amountMinor: v.amountMinor,
});

/** The chosen violations, looked up by id (not by listing them all: a fleet may hold many). */
function chosen(ctx: RuleContext, q: SubjectQuery & { itemIds: readonly string[] }, paidReason: string): Result<Violation[], Refusal> {
  const scope = scopeFor(ctx, q);
  if (!scope.ok) return err({ status: 422, reason: scope.error });
  if (q.itemIds.length === 0) return err({ status: 422, reason: reason('nothing-selected') });
  const picked = violationsByIds(ctx.db, q.itemIds);
  const where = scope.value;
  const inScope = (v: ViolationRecord | undefined): v is ViolationRecord => v !== undefined && ('plate' in where ? v.plate === where.plate : v.personId === where.personId);
  if (!picked.every(inScope)) return err({ status: 422, reason: reason('item-unknown') });
  if (picked.some((v) => v.isPaid)) return err({ status: 422, reason: paidReason });
  return ok(picked);
}

export const trafficFines: ServiceRules = {
  eligibility(ctx, q) {
    const list = violationsFor(ctx, q);
    return list.ok ? { eligible: true } : { eligible: false, reason: list.error };
  },
  items(ctx, q) {
    const list = violationsFor(ctx, q);
    if (!list.ok) return err({ status: 422, reason: list.error });
    return ok(list.value.map((v): ServiceItem => ({ id: v.id, ...toLine(v), preselected: true })));
  },
  quote(ctx, q) {
    const picked = chosen(ctx, q, reason('item-unknown'));
    return picked.ok ? ok(picked.value.map(toLine)) : picked;
  },
  apply(ctx, work) {
    // A fine paid meanwhile (another kiosk, the app) is refused: never take it twice.
    const picked = chosen(ctx, work, reason('already-paid'));
    if (!picked.ok) return picked;
    const requestId = insertRequest(ctx.db, { serviceId, holderId: work.holderId, subjectId: work.subjectId, status: 'paid', today: ctx.today });
    markViolationsPaid(ctx.db, work.itemIds, requestId);
    return ok(requestId);
  },
};
