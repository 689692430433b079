// Fills the tables of the licence, vehicle, travel, appointment and certificate services.
import type Database from 'better-sqlite3';
import { certificateFacts } from '../rules/certificate-facts';
import { addDays } from '../db/dates';
import { insertDocument } from '../db/document-queries';
import { nextWeekday } from '../rules/appointment-calendar';
import { codeOf, seededDocuments } from './seeded-documents';
import { slotTimes } from '../rules/appointment-calendar';
import { bookedAppointments, eyeTests, fullyBooked, licences, newVehicles, residentSince, serviceFees, travellers, travellersSponsor, vehicleRecords, versionedServices } from './service-records';

export function seedServiceRecords(db: Database.Database, today: string, minorUnits: number): void {
  const day = (offset: number | null) => (offset === null ? null : addDays(today, offset));
  for (const t of Object.values(travellers)) {
    db.prepare('INSERT INTO people (id, name_ar, name_latin, nationality, security_restriction, insurance_expiry) VALUES (?, ?, ?, ?, ?, ?)').run(t.idNumber, t.nameAr, t.nameLatin, t.nationality, t.hasSecurityRestriction ? 1 : 0, day(t.insuranceDays));
    db.prepare("INSERT INTO sponsorships (sponsor_id, person_id, relation) VALUES (?, ?, 'domestic-worker')").run(travellersSponsor, t.idNumber);
    db.prepare("INSERT INTO permits (number, person_id, kind, expiry, max_stay_end) VALUES (?, ?, 'residence', ?, NULL)").run(`RP-1${t.idNumber.slice(-5)}`, t.idNumber, day(t.permitDays));
  }
  for (const r of residentSince) db.prepare('INSERT INTO residence_history (person_id, resident_since) VALUES (?, ?)').run(r.person, day(r.days));
  for (const l of licences) db.prepare('INSERT INTO licences (number, person_id, expiry, state) VALUES (?, ?, ?, ?)').run(l.number, l.person, day(l.expiryDays), l.state);
  for (const e of eyeTests) db.prepare('INSERT INTO eye_tests (person_id, date, result) VALUES (?, ?, ?)').run(e.person, day(e.days), e.result);
  for (const v of newVehicles) db.prepare('INSERT INTO vehicles (plate, owner_person_id, owner_company_id) VALUES (?, ?, NULL)').run(v.plate, v.ownerPerson);
  for (const v of vehicleRecords) {
    db.prepare('INSERT INTO vehicle_records (plate, type, model, registration_expiry, inspection_expiry, insurance_expiry) VALUES (?, ?, ?, ?, ?, ?)').run(v.plate, v.type, v.model, day(v.registrationDays), day(v.inspectionDays), day(v.insuranceDays));
  }
  for (const a of bookedAppointments) {
    db.prepare('INSERT INTO appointments (centre, department, date, slot, person_id, reference) VALUES (?, ?, ?, ?, ?, ?)').run(a.centre, a.department, nextWeekday(today, a.weekdaysAhead), a.slot, a.person, 'SEEDED');
  }
  for (const slot of slotTimes) {
    db.prepare('INSERT INTO appointments (centre, department, date, slot, person_id, reference) VALUES (?, ?, ?, ?, ?, ?)').run(fullyBooked.centre, fullyBooked.department, nextWeekday(today, fullyBooked.weekdaysAhead), slot, fullyBooked.person, 'SEEDED');
  }
  for (const f of serviceFees) db.prepare('INSERT INTO fees (service_id, code, amount_minor) VALUES (?, ?, ?)').run(f.serviceId, f.code, f.amountMajor * 10 ** minorUnits);
  for (const serviceId of versionedServices) db.prepare('INSERT INTO fee_versions (service_id, version) VALUES (?, 1) ON CONFLICT DO NOTHING').run(serviceId);
  for (const s of seededDocuments) {
    const facts = certificateFacts(db, { subjectId: s.holder, kind: s.kind, fields: {}, today });
    if (!facts.ok) throw new Error(`seeded document ${s.documentId} cannot be issued: ${facts.error}`);
    insertDocument(db, { id: s.documentId, kind: s.kind, holderId: s.holder, requestedBy: s.requestedBy, language: s.language, issueDate: s.issueDate, validUntil: s.validUntil, facts: facts.value, code: codeOf(s), ...(s.revokedOn ? { revokedOn: s.revokedOn } : {}) });
  }
}
