import type Database from 'better-sqlite3';
import type { Person, Profile, Relation } from '../../state-machines/domain';
import { statement } from './statements';

export interface PersonRecord {
  readonly idNumber: string;
  readonly nameAr: string;
  readonly nameLatin: string;
  readonly hasSecurityRestriction: boolean;
  readonly insuranceExpiry: string | null;
}

interface PersonRow { id: string; name_ar: string; name_latin: string; security_restriction: number; insurance_expiry: string | null }

const toRecord = (row: PersonRow): PersonRecord => ({
  idNumber: row.id,
  nameAr: row.name_ar,
  nameLatin: row.name_latin,
  hasSecurityRestriction: row.security_restriction === 1,
  insuranceExpiry: row.insurance_expiry,
});

export function findPerson(db: Database.Database, idNumber: string): PersonRecord | undefined {
  const row = statement(db, 'SELECT * FROM people WHERE id = ?').get(idNumber) as PersonRow | undefined;
  return row ? toRecord(row) : undefined;
}

export type Company = NonNullable<Profile['company']>;

/** The company a person represents, with what they may do for it. */
export function representedCompany(db: Database.Database, holderId: string): Company | undefined {
  const row = statement(db, `SELECT c.id, c.name_ar, c.name_latin, c.spending_cap_minor, s.permissions FROM company_staff s JOIN companies c ON c.id = s.company_id
      WHERE s.person_id = ? AND s.role = 'representative'`)
    .get(holderId) as { id: string; name_ar: string; name_latin: string; spending_cap_minor: number; permissions: string } | undefined;
  if (!row) return undefined;
  return { id: row.id, nameAr: row.name_ar, nameLatin: row.name_latin, permissions: JSON.parse(row.permissions) as string[], spendingCapMinor: row.spending_cap_minor };
}

/** The holder first, then the people they sponsor, then their company's employees. */
export function peopleOf(db: Database.Database, holderId: string): Person[] {
  const holder = findPerson(db, holderId);
  if (!holder) return [];
  const people: Person[] = [{ idNumber: holder.idNumber, nameAr: holder.nameAr, nameLatin: holder.nameLatin, relation: 'self' }];
  const sponsored = statement(db, `SELECT p.id, p.name_ar, p.name_latin, s.relation FROM sponsorships s JOIN people p ON p.id = s.person_id WHERE s.sponsor_id = ? ORDER BY s.rowid`)
    .all(holderId) as { id: string; name_ar: string; name_latin: string; relation: Relation }[];
  for (const row of sponsored) people.push({ idNumber: row.id, nameAr: row.name_ar, nameLatin: row.name_latin, relation: row.relation });
  const company = representedCompany(db, holderId);
  if (company) {
    const employees = statement(db, `SELECT p.id, p.name_ar, p.name_latin FROM company_staff s JOIN people p ON p.id = s.person_id WHERE s.company_id = ? AND s.role = 'employee' ORDER BY s.rowid`)
      .all(company.id) as { id: string; name_ar: string; name_latin: string }[];
    for (const row of employees) people.push({ idNumber: row.id, nameAr: row.name_ar, nameLatin: row.name_latin, relation: 'employee' });
  }
  return people;
}

export function relationOf(db: Database.Database, holderId: string, subjectId: string): Relation | undefined {
  return peopleOf(db, holderId).find((p) => p.idNumber === subjectId)?.relation;
}
