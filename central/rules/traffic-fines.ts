// Traffic violations: listed by person (the holder or someone they act for) or by the plate
// of a vehicle they, someone they sponsor or their company owns; the holder pays the chosen ones.
import { err, ok, type Result } from '../../hardware/result';
import type { ServiceItem } from '../../state-machines/domain';
import { peopleOf, representedCompany } from '../db/people-queries';
import { insertRequest, markViolationsPaid, unpaidViolations, vehicleOwner, type Violation } from '../db/record-queries';
import { reason, subjectRelation } from './common';
import type { QuoteLine, Refusal, RuleContext, ServiceRules, SubjectQuery } from './rule-types';

const serviceId = 'traffic-fines';
const plateFormat = /^\d{1,6}$/;

/** The unpaid violations the query points at, or why it points at none. */
function violationsFor(ctx: RuleContext, q: SubjectQuery): Result<Violation[], string> {
  const relation = subjectRelation(ctx, q.holderId, q.subjectId);
  if (!relation.ok) return relation;
  const plate = q.fields?.plate?.replace(/\s/g, '');
  if (plate === undefined || plate === '') {
    const list = unpaidViolations(ctx.db, { personId: q.subjectId });
    return list.length > 0 ? ok(list) : err(reason('no-violations'));
  }
  if (!plateFormat.test(plate)) return err(reason('plate-invalid'));
  const owner = vehicleOwner(ctx.db, plate);
  if (!owner) return err(reason('plate-not-found'));
  const company = representedCompany(ctx.db, q.holderId);
  const isOwnersAgent =
    (owner.personId !== null && peopleOf(ctx.db, q.holderId).some((p) => p.idNumber === owner.personId)) ||
    (owner.companyId !== null && company?.id === owner.companyId && company.permissions.includes(serviceId));
  if (!isOwnersAgent) return err(reason('plate-not-yours'));
  const list = unpaidViolations(ctx.db, { plate });
  return list.length > 0 ? ok(list) : err(reason('no-violations'));
}

const toLine = (v: Violation): QuoteLine => ({
  labelKey: 'central:item.violation',
  labelValues: { date: v.date, place: v.place, plate: v.plate, offence: v.offence },
  amountMinor: v.amountMinor,
});

function chosen(ctx: RuleContext, q: SubjectQuery & { itemIds: readonly string[] }): Result<Violation[], Refusal> {
  const list = violationsFor(ctx, q);
  if (!list.ok) return err({ status: 422, reason: list.error });
  if (q.itemIds.length === 0) return err({ status: 422, reason: reason('nothing-selected') });
  const picked = q.itemIds.map((id) => list.value.find((v) => v.id === id));
  if (picked.some((v) => v === undefined)) return err({ status: 422, reason: reason('item-unknown') });
  return ok(picked as Violation[]);
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
    const picked = chosen(ctx, q);
    return picked.ok ? ok(picked.value.map(toLine)) : picked;
  },
  apply(ctx, work) {
    const picked = chosen(ctx, work);
    // A fine paid meanwhile (another kiosk, the app) makes the list differ: never take it twice.
    if (!picked.ok) return err(picked.error.reason === reason('item-unknown') || picked.error.reason === reason('no-violations') ? { status: 422, reason: reason('already-paid') } : picked.error);
    const requestId = insertRequest(ctx.db, { serviceId, holderId: work.holderId, subjectId: work.subjectId, status: 'paid', today: ctx.today });
    markViolationsPaid(ctx.db, work.itemIds, requestId);
    return ok(requestId);
  },
};
