// Tables for the licence, vehicle, travel, appointment and certificate services. Created when
// missing (IF NOT EXISTS) and seeded once, so a central database made before these services
// existed gains them without being reseeded.
import type Database from 'better-sqlite3';
import { seedServiceRecords } from '../seed/seed-service-records';

const serviceRecordsSchema = `
CREATE TABLE IF NOT EXISTS residence_history (person_id TEXT PRIMARY KEY, resident_since TEXT NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS licences (
  number TEXT PRIMARY KEY, person_id TEXT NOT NULL UNIQUE, expiry TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('valid', 'suspended'))
) STRICT;
CREATE TABLE IF NOT EXISTS eye_tests (person_id TEXT NOT NULL, date TEXT NOT NULL, result TEXT NOT NULL CHECK (result IN ('pass', 'fail'))) STRICT;
CREATE TABLE IF NOT EXISTS vehicle_records (
  plate TEXT PRIMARY KEY, type TEXT NOT NULL CHECK (type IN ('private', 'motorcycle', 'heavy')), model TEXT NOT NULL,
  registration_expiry TEXT NOT NULL, inspection_expiry TEXT, insurance_expiry TEXT
) STRICT;
CREATE TABLE IF NOT EXISTS exit_permits (
  request_id TEXT PRIMARY KEY, person_id TEXT NOT NULL, departure TEXT NOT NULL, return_date TEXT NOT NULL, destination TEXT NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS appointments (
  centre TEXT NOT NULL, department TEXT NOT NULL, date TEXT NOT NULL, slot TEXT NOT NULL, person_id TEXT NOT NULL, reference TEXT NOT NULL,
  PRIMARY KEY (centre, department, date, slot)
) STRICT;
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, holder_id TEXT NOT NULL, requested_by TEXT NOT NULL, language TEXT NOT NULL,
  issue_date TEXT NOT NULL, valid_until TEXT NOT NULL, facts TEXT NOT NULL, code TEXT NOT NULL, revoked_on TEXT
) STRICT;
`;

export function ensureServiceRecords(db: Database.Database, minorUnits: number): void {
  db.exec(serviceRecordsSchema);
  const isSeeded = db.prepare("SELECT 1 FROM meta WHERE key = 'service-records-seeded'").get() !== undefined;
  if (isSeeded) return;
  // Offsets count from the day the database was first seeded, as for the rest of the seed.
  const seededOn = String(db.prepare("SELECT value FROM meta WHERE key = 'seeded_on'").pluck().get());
  db.transaction(() => {
    seedServiceRecords(db, seededOn, minorUnits);
    db.prepare("INSERT INTO meta (key, value) VALUES ('service-records-seeded', ?)").run(seededOn);
  })();
}
