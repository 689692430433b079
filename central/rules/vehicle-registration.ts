// Vehicle-registration renewal, a year at a time, for vehicles registered to the holder: due
// (expired, or expiring within 30 days), with a valid technical inspection and valid insurance.
// The fee depends on the vehicle's type.
import { err, ok, type Result } from '../../hardware/result';
import type { Eligibility, ServiceItem } from '../../state-machines/domain';
import { addDays, daysBetween } from '../db/dates';
import { extendRegistration, vehiclesOf, type VehicleRecord } from '../db/licence-vehicle-queries';
import { feeOf, insertRequest } from '../db/record-queries';
import { eligible, reason, subjectRelation } from './common';
import type { Refusal, RuleContext, ServiceRules, SubjectQuery } from './rule-types';

const serviceId = 'vehicle-registration';
export const registrationWindowDays = 30;

const isDue = (ctx: RuleContext, v: VehicleRecord) => daysBetween(ctx.today, v.registrationExpiry) <= registrationWindowDays;
const isRoadworthy = (ctx: RuleContext, v: VehicleRecord) => v.inspectionExpiry !== null && v.inspectionExpiry >= ctx.today && v.insuranceExpiry !== null && v.insuranceExpiry >= ctx.today;

/** The vehicles that can be renewed now, or why none can. */
function renewable(ctx: RuleContext, q: SubjectQuery): Result<VehicleRecord[], string> {
  const relation = subjectRelation(ctx, q.holderId, q.subjectId);
  if (!relation.ok) return relation;
  if (relation.value !== 'self') return err(reason('only-for-yourself'));
  const vehicles = vehiclesOf(ctx.db, q.subjectId);
  if (vehicles.length === 0) return err(reason('no-vehicle'));
  const due = vehicles.filter((v) => isDue(ctx, v));
  if (due.length === 0) return err(reason('no-vehicle-due'));
  const ready = due.filter((v) => isRoadworthy(ctx, v));
  if (ready.length > 0) return ok(ready);
  // Say what blocks the first due vehicle, so the person knows what to fix.
  const first = due[0]!;
  return err(reason(first.inspectionExpiry === null || first.inspectionExpiry < ctx.today ? 'vehicle-inspection-expired' : 'vehicle-insurance-expired'));
}

const toItem = (ctx: RuleContext, v: VehicleRecord): ServiceItem => ({
  id: `plate-${v.plate}`,
  labelKey: 'central:item.vehicle-registration',
  labelValues: { plate: v.plate, model: v.model, type: v.type, expiry: v.registrationExpiry },
  amountMinor: feeOf(ctx.db, serviceId, v.type),
});

function chosen(ctx: RuleContext, q: SubjectQuery & { itemIds: readonly string[] }): Result<VehicleRecord, Refusal> {
  const list = renewable(ctx, q);
  if (!list.ok) return err({ status: 422, reason: list.error });
  const vehicle = list.value.find((v) => `plate-${v.plate}` === q.itemIds[0]);
  return q.itemIds.length === 1 && vehicle ? ok(vehicle) : err({ status: 422, reason: reason('item-unknown') });
}

export const vehicleRegistration: ServiceRules = {
  eligibility(ctx, q): Eligibility {
    const list = renewable(ctx, q);
    return list.ok ? eligible : { eligible: false, reason: list.error };
  },
  items(ctx, q) {
    const list = renewable(ctx, q);
    return list.ok ? ok(list.value.map((v) => toItem(ctx, v))) : err({ status: 422, reason: list.error });
  },
  quote(ctx, q) {
    const vehicle = chosen(ctx, q);
    if (!vehicle.ok) return vehicle;
    return ok([{ labelKey: 'central:line.vehicle-registration', labelValues: { plate: vehicle.value.plate, type: vehicle.value.type }, amountMinor: feeOf(ctx.db, serviceId, vehicle.value.type) }]);
  },
  apply(ctx, work) {
    const vehicle = chosen(ctx, work);
    if (!vehicle.ok) return vehicle;
    const from = vehicle.value.registrationExpiry > ctx.today ? vehicle.value.registrationExpiry : ctx.today;
    // Recorded at once: renewing the same vehicle twice is refused (no longer due).
    extendRegistration(ctx.db, vehicle.value.plate, addDays(from, 365));
    return ok(insertRequest(ctx.db, { serviceId, holderId: work.holderId, subjectId: work.subjectId, status: 'approved', today: ctx.today }));
  },
};

