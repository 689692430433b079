// When and where appointments are given: working days (Sunday to Thursday), half-hour slots
// from 07:30 to 12:30, how far ahead, and which departments each centre has.
import { addDays } from '../db/dates';

export const slotTimes = ['0730', '0800', '0830', '0900', '0930', '1000', '1030', '1100', '1130', '1200', '1230'] as const;
export const departments = ['traffic', 'residency', 'nationality', 'id-cards'] as const;
export const centres = ['al-rayyan', 'al-wakra', 'lusail', 'madinat-khalifa'] as const;
/** Nationality matters are handled at one centre only. */
const onlyAt: Readonly<Record<string, string>> = { nationality: 'madinat-khalifa' };
export const bookingHorizonDays = 30;
export const maxUpcomingAppointments = 3;

const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

/** Friday and Saturday are the weekend. */
export function isWorkingDay(day: string): boolean {
  const d = weekday(day);
  return d !== 5 && d !== 6;
}

/** The `count`-th working day after `day` (1: the next one). */
export function nextWeekday(day: string, count: number): string {
  let current = day;
  for (let found = 0; found < count; ) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) found += 1;
  }
  return current;
}

export function isOffered(department: string, centre: string): boolean {
  const only = onlyAt[department];
  return only === undefined || only === centre;
}

/** "0730" as "07:30". */
export const slotLabel = (slot: string) => `${slot.slice(0, 2)}:${slot.slice(2)}`;
