import type Database from 'better-sqlite3';
import { addDays } from '../db/dates';
import { companies, dependants, holderInsuranceDays, sponsorships } from './household';
import { cardHolders } from './people';
import { fees, permits, requests, vehicles, violations } from './records';

/** Fills an empty central database; dates are offsets from `today`, amounts scaled to minor units. */
export function seedCentral(db: Database.Database, today: string, minorUnits: number): void {
  const minor = (major: number) => major * 10 ** minorUnits;
  const day = (offset: number | null) => (offset === null ? null : addDays(today, offset));
  const person = db.prepare('INSERT INTO people (id, name_ar, name_latin, nationality, security_restriction, insurance_expiry) VALUES (?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const [name, p] of Object.entries(cardHolders)) {
      person.run(p.idNumber, p.nameAr, p.nameLatin, p.nationality, 0, day(holderInsuranceDays[name as keyof typeof cardHolders]));
    }
    for (const p of Object.values(dependants)) {
      const restricted = 'hasSecurityRestriction' in p && p.hasSecurityRestriction ? 1 : 0;
      person.run(p.idNumber, p.nameAr, p.nameLatin, p.nationality, restricted, day(p.insuranceDays));
    }
    const sponsor = db.prepare('INSERT INTO sponsorships (sponsor_id, person_id, relation) VALUES (?, ?, ?)');
    for (const s of sponsorships) sponsor.run(s.sponsor, s.person, s.relation);
    for (const c of companies) {
      db.prepare('INSERT INTO companies (id, name_ar, name_latin, spending_cap_minor) VALUES (?, ?, ?, ?)').run(c.id, c.nameAr, c.nameLatin, minor(c.spendingCapMajor));
      const staff = db.prepare('INSERT INTO company_staff (company_id, person_id, role, permissions) VALUES (?, ?, ?, ?)');
      for (const r of c.representatives) staff.run(c.id, r.person, 'representative', JSON.stringify(r.permissions));
      // The representative is also an employee of the company, but one row per person is enough.
      for (const e of c.employees) if (!c.representatives.some((r) => r.person === e)) staff.run(c.id, e, 'employee', '[]');
    }
    const permit = db.prepare('INSERT INTO permits (number, person_id, kind, expiry, max_stay_end) VALUES (?, ?, ?, ?, ?)');
    for (const p of permits) permit.run(p.number, p.person, p.kind, day(p.expiryDays), day(p.maxStayEndDays ?? null));
    const vehicle = db.prepare('INSERT INTO vehicles (plate, owner_person_id, owner_company_id) VALUES (?, ?, ?)');
    for (const v of vehicles) vehicle.run(v.plate, v.ownerPerson ?? null, v.ownerCompany ?? null);
    const violation = db.prepare('INSERT INTO violations (id, person_id, plate, date, place, offence, amount_minor, is_blocking, paid_by_request) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    for (const v of violations) {
      violation.run(v.id, v.person ?? null, v.plate, day(v.days), v.place, v.offence, minor(v.amountMajor), v.isBlocking ? 1 : 0, v.isPaid ? 'REQ-PAID-BEFORE-SEED' : null);
    }
    const fee = db.prepare('INSERT INTO fees (service_id, code, amount_minor) VALUES (?, ?, ?)');
    for (const f of fees) fee.run(f.serviceId, f.code, minor(f.amountMajor));
    for (const serviceId of ['traffic-fines', 'residence-renewal', 'visa-extension']) {
      db.prepare('INSERT INTO fee_versions (service_id, version) VALUES (?, 1)').run(serviceId);
    }
    const request = db.prepare('INSERT INTO requests (id, service_id, holder_id, subject_id, status, reason, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const r of requests) request.run(`REQ-${day(r.days)!.slice(0, 4)}-${String(r.number).padStart(6, '0')}`, r.serviceId, r.holder, r.subject, r.status, r.reason ?? null, day(r.days));
    db.prepare("INSERT INTO meta (key, value) VALUES ('seeded_on', ?)").run(today);
  })();
}
