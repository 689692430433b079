// Appointments at service centres and exit permits: what is booked, and booking it.
import type Database from 'better-sqlite3';

export interface Booking {
  readonly centre: string;
  readonly department: string;
  readonly date: string;
  readonly slot: string;
}

export function takenSlots(db: Database.Database, at: Omit<Booking, 'slot'>): Set<string> {
  const slots = db.prepare('SELECT slot FROM appointments WHERE centre = ? AND department = ? AND date = ?').pluck().all(at.centre, at.department, at.date) as string[];
  return new Set(slots);
}

/** A person's appointments from `today` on. */
export function upcomingAppointments(db: Database.Database, personId: string, today: string): Booking[] {
  return db.prepare('SELECT centre, department, date, slot FROM appointments WHERE person_id = ? AND date >= ? ORDER BY date, slot').all(personId, today) as Booking[];
}

/** False when the slot was taken meanwhile (the primary key refuses a second booking). */
export function bookSlot(db: Database.Database, booking: Booking & { personId: string; reference: string }): boolean {
  const result = db
    .prepare('INSERT INTO appointments (centre, department, date, slot, person_id, reference) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING')
    .run(booking.centre, booking.department, booking.date, booking.slot, booking.personId, booking.reference);
  return result.changes === 1;
}

export interface ExitPermit {
  readonly departure: string;
  readonly returnDate: string;
}

export function exitPermitsOf(db: Database.Database, personId: string): ExitPermit[] {
  return db.prepare('SELECT departure, return_date AS returnDate FROM exit_permits WHERE person_id = ?').all(personId) as ExitPermit[];
}

export function recordExitPermit(db: Database.Database, permit: ExitPermit & { requestId: string; personId: string; destination: string }): void {
  db.prepare('INSERT INTO exit_permits (request_id, person_id, departure, return_date, destination) VALUES (?, ?, ?, ?, ?)').run(permit.requestId, permit.personId, permit.departure, permit.returnDate, permit.destination);
}
