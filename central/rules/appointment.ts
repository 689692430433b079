// Appointments at a service centre for the holder: department, centre and a working day within
// 30 days (the form), then one of the free half-hour slots (the items). A slot taken meanwhile
// is refused when quoted again or submitted ("slot-taken"), so the kiosk asks for another.
// Free of charge; the request id is the booking reference printed as a QR code.
import { err, ok, type Result } from '../../hardware/result';
import type { Eligibility, ServiceItem } from '../../state-machines/domain';
import { daysBetween } from '../db/dates';
import { bookSlot, takenSlots, upcomingAppointments, type Booking } from '../db/booking-queries';
import { insertRequest } from '../db/record-queries';
import { bookingHorizonDays, centres, departments, isOffered, isWorkingDay, maxUpcomingAppointments, slotLabel, slotTimes } from './appointment-calendar';
import { eligible, ineligible, reason, subjectRelation, whenEligible } from './common';
import type { Refusal, RuleContext, ServiceRules, SubjectQuery } from './rule-types';

const serviceId = 'appointment';
const refuse = (why: string) => err<Refusal>({ status: 422, reason: reason(why) });

function check(ctx: RuleContext, q: SubjectQuery): Eligibility {
  const relation = subjectRelation(ctx, q.holderId, q.subjectId);
  if (!relation.ok) return { eligible: false, reason: relation.error };
  if (relation.value !== 'self') return ineligible('only-for-yourself');
  if (upcomingAppointments(ctx.db, q.subjectId, ctx.today).length >= maxUpcomingAppointments) return ineligible('too-many-appointments');
  return eligible;
}

/** The centre, department and day asked for on the form, checked. */
function place(ctx: RuleContext, q: SubjectQuery): Result<Omit<Booking, 'slot'>, Refusal> {
  const fields = q.fields ?? {};
  const department = departments.find((d) => d === fields.department);
  const centre = centres.find((c) => c === fields.centre);
  const date = fields.date ?? '';
  if (!department) return refuse('department-required');
  if (!centre) return refuse('centre-required');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) return refuse('date-out-of-range');
  const ahead = daysBetween(ctx.today, date);
  if (ahead < 1 || ahead > bookingHorizonDays) return refuse('date-out-of-range');
  if (!isWorkingDay(date)) return refuse('centre-closed');
  if (!isOffered(department, centre)) return refuse('department-not-at-centre');
  if (upcomingAppointments(ctx.db, q.subjectId, ctx.today).some((b) => b.department === department)) return refuse('appointment-exists');
  return ok({ centre, department, date });
}

function freeSlots(ctx: RuleContext, q: SubjectQuery): Result<ServiceItem[], Refusal> {
  const at = place(ctx, q);
  if (!at.ok) return at;
  const taken = takenSlots(ctx.db, at.value);
  const free = slotTimes.filter((slot) => !taken.has(slot));
  if (free.length === 0) return refuse('no-free-slots');
  return ok(free.map((slot) => ({ id: `slot-${slot}`, labelKey: 'central:item.slot', labelValues: { time: slotLabel(slot), date: at.value.date }, amountMinor: 0 })));
}

/** The one slot chosen, still free. */
function chosen(ctx: RuleContext, q: SubjectQuery & { itemIds: readonly string[] }): Result<Booking, Refusal> {
  const at = place(ctx, q);
  if (!at.ok) return at;
  const slot = slotTimes.find((s) => `slot-${s}` === q.itemIds[0]);
  if (q.itemIds.length !== 1 || !slot) return refuse('choose-one-slot');
  if (takenSlots(ctx.db, at.value).has(slot)) return refuse('slot-taken');
  return ok({ ...at.value, slot });
}

export const appointment: ServiceRules = {
  eligibility: check,
  items: (ctx, q) => whenEligible(check(ctx, q), () => freeSlots(ctx, q)),
  quote: (ctx, q) =>
    whenEligible(check(ctx, q), () => {
      const booking = chosen(ctx, q);
      if (!booking.ok) return booking;
      const { department, centre, date, slot } = booking.value;
      return ok([{ labelKey: 'central:line.appointment', labelValues: { department, centre, date, time: slotLabel(slot) }, amountMinor: 0 }]);
    }),
  apply: (ctx, work) =>
    whenEligible(check(ctx, work), () => {
      const booking = chosen(ctx, work);
      if (!booking.ok) return booking;
      const reference = insertRequest(ctx.db, { serviceId, holderId: work.holderId, subjectId: work.subjectId, status: 'approved', today: ctx.today });
      // The slot's primary key is the last word: a booking that lost the race is refused, not doubled.
      return bookSlot(ctx.db, { ...booking.value, personId: work.subjectId, reference }) ? ok(reference) : refuse('slot-taken');
    }),
};
