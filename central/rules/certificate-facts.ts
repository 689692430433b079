// What a certificate of each kind will state about a person, or why it cannot be issued.
import { err, ok, type Result } from '../../hardware/result';
import type { CertificateKind } from '../../electron/documents/certificate-kinds';
import { nocPurposes } from '../../electron/documents/document-strings';
import type Database from 'better-sqlite3';
import { addDays } from '../db/dates';
import type { DocumentFacts } from '../db/document-queries';
import { residentSinceOf, vehiclesOf } from '../db/licence-vehicle-queries';
import { findPerson } from '../db/people-queries';
import { permitOf, unpaidViolations } from '../db/record-queries';
import { reason } from './common';

export const documentValidityDays = 90;

function nationalityOf(db: Database.Database, personId: string): string {
  return String(db.prepare('SELECT nationality FROM people WHERE id = ?').pluck().get(personId) ?? '');
}

/** A valid residence permit (residency and no-objection certificates need one). */
function residence(db: Database.Database, personId: string, today: string): Result<{ residentSince: string; permitExpiry: string }, string> {
  const permit = permitOf(db, personId, 'residence');
  if (!permit) return err(reason('no-residence-permit'));
  if (permit.expiry < today) return err(reason('permit-expired'));
  // Without a recorded first permit, two years before the current one ends is the best we know.
  return ok({ residentSince: residentSinceOf(db, personId) ?? addDays(permit.expiry, -730), permitExpiry: permit.expiry });
}

/** No unpaid violation against the person, nor against a vehicle registered to them. */
export function hasCleanRecord(db: Database.Database, personId: string): boolean {
  if (unpaidViolations(db, { personId }).length > 0) return false;
  return vehiclesOf(db, personId).every((v) => unpaidViolations(db, { plate: v.plate }).length === 0);
}

export function certificateFacts(db: Database.Database, q: { subjectId: string; kind: CertificateKind; fields: Readonly<Record<string, string>>; today: string }): Result<DocumentFacts, string> {
  const person = findPerson(db, q.subjectId);
  if (!person) return err(reason('unknown-person'));
  const holder = { nameAr: person.nameAr, nameLatin: person.nameLatin, idNumber: person.idNumber, nationality: nationalityOf(db, person.idNumber) };
  switch (q.kind) {
    case 'residency': {
      const stay = residence(db, q.subjectId, q.today);
      return stay.ok ? ok({ holder, ...stay.value }) : stay;
    }
    case 'no-objection': {
      const stay = residence(db, q.subjectId, q.today);
      if (!stay.ok) return stay;
      const purpose = q.fields.purpose ?? '';
      const addressee = (q.fields.addressee ?? '').trim();
      if (!(nocPurposes as readonly string[]).includes(purpose) || addressee.length < 2) return err(reason('noc-details-required'));
      return ok({ holder, purpose, addressee });
    }
    case 'traffic-clearance':
      if (!hasCleanRecord(db, q.subjectId)) return err(reason('unpaid-violations'));
      return ok({ holder, vehicles: vehiclesOf(db, q.subjectId).map((v) => ({ plate: v.plate, model: v.model })) });
  }
}
