// Driving licences, eye tests and vehicle registrations, as the licence and vehicle rules read them.
import type Database from 'better-sqlite3';

export interface Licence {
  readonly number: string;
  readonly expiry: string;
  readonly state: 'valid' | 'suspended';
}

export function licenceOf(db: Database.Database, personId: string): Licence | undefined {
  return db.prepare('SELECT number, expiry, state FROM licences WHERE person_id = ?').get(personId) as Licence | undefined;
}

export function extendLicence(db: Database.Database, number: string, expiry: string): void {
  db.prepare('UPDATE licences SET expiry = ? WHERE number = ?').run(expiry, number);
}

export function latestEyeTest(db: Database.Database, personId: string): { date: string; result: 'pass' | 'fail' } | undefined {
  return db.prepare('SELECT date, result FROM eye_tests WHERE person_id = ? ORDER BY date DESC LIMIT 1').get(personId) as { date: string; result: 'pass' | 'fail' } | undefined;
}

export interface VehicleRecord {
  readonly plate: string;
  readonly type: 'private' | 'motorcycle' | 'heavy';
  readonly model: string;
  readonly registrationExpiry: string;
  readonly inspectionExpiry: string | null;
  readonly insuranceExpiry: string | null;
}

/** The vehicles registered to a person, with their registration, inspection and insurance. */
export function vehiclesOf(db: Database.Database, personId: string): VehicleRecord[] {
  const rows = db
    .prepare(`SELECT r.plate, r.type, r.model, r.registration_expiry, r.inspection_expiry, r.insurance_expiry
      FROM vehicles v JOIN vehicle_records r ON r.plate = v.plate WHERE v.owner_person_id = ? ORDER BY r.plate`)
    .all(personId) as { plate: string; type: VehicleRecord['type']; model: string; registration_expiry: string; inspection_expiry: string | null; insurance_expiry: string | null }[];
  return rows.map((r) => ({ plate: r.plate, type: r.type, model: r.model, registrationExpiry: r.registration_expiry, inspectionExpiry: r.inspection_expiry, insuranceExpiry: r.insurance_expiry }));
}

export function extendRegistration(db: Database.Database, plate: string, expiry: string): void {
  db.prepare('UPDATE vehicle_records SET registration_expiry = ? WHERE plate = ?').run(expiry, plate);
}

export function residentSinceOf(db: Database.Database, personId: string): string | undefined {
  return db.prepare('SELECT resident_since FROM residence_history WHERE person_id = ?').pluck().get(personId) as string | undefined;
}
