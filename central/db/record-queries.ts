import type Database from 'better-sqlite3';
import { statement } from './statements';

export interface Permit { readonly number: string; readonly expiry: string; readonly maxStayEnd: string | null }

export function permitOf(db: Database.Database, personId: string, kind: 'residence' | 'visit-visa'): Permit | undefined {
  const row = statement(db, 'SELECT number, expiry, max_stay_end FROM permits WHERE person_id = ? AND kind = ?').get(personId, kind) as
    | { number: string; expiry: string; max_stay_end: string | null }
    | undefined;
  return row ? { number: row.number, expiry: row.expiry, maxStayEnd: row.max_stay_end } : undefined;
}

export function extendPermit(db: Database.Database, number: string, expiry: string): void {
  statement(db, 'UPDATE permits SET expiry = ? WHERE number = ?').run(expiry, number);
}

export interface Violation {
  readonly id: string;
  readonly plate: string;
  readonly date: string;
  readonly place: string;
  readonly offence: string;
  readonly amountMinor: number;
  readonly isBlocking: boolean;
}

type ViolationRow = { id: string; plate: string; date: string; place: string; offence: string; amount_minor: number; is_blocking: number };
const toViolation = (r: ViolationRow): Violation => ({ id: r.id, plate: r.plate, date: r.date, place: r.place, offence: r.offence, amountMinor: r.amount_minor, isBlocking: r.is_blocking === 1 });

export function unpaidViolations(db: Database.Database, by: { personId: string } | { plate: string }): Violation[] {
  const [column, value] = 'plate' in by ? ['plate', by.plate] : ['person_id', by.personId];
  const rows = statement(db, `SELECT * FROM violations WHERE ${column} = ? AND paid_by_request IS NULL ORDER BY date, id`).all(value) as ViolationRow[];
  return rows.map(toViolation);
}

export interface ViolationRecord extends Violation {
  readonly personId: string | null;
  readonly isPaid: boolean;
}

/** In the order asked; undefined where no such violation exists. */
export function violationsByIds(db: Database.Database, ids: readonly string[]): (ViolationRecord | undefined)[] {
  const byId = statement(db, 'SELECT * FROM violations WHERE id = ?');
  return ids.map((id) => {
    const row = byId.get(id) as (ViolationRow & { person_id: string | null; paid_by_request: string | null }) | undefined;
    return row ? { ...toViolation(row), personId: row.person_id, isPaid: row.paid_by_request !== null } : undefined;
  });
}

export function markViolationsPaid(db: Database.Database, ids: readonly string[], requestId: string): number {
  const pay = statement(db, 'UPDATE violations SET paid_by_request = ? WHERE id = ? AND paid_by_request IS NULL');
  return ids.reduce((paid, id) => paid + pay.run(requestId, id).changes, 0);
}

export function vehicleOwner(db: Database.Database, plate: string): { personId: string | null; companyId: string | null } | undefined {
  const row = statement(db, 'SELECT owner_person_id, owner_company_id FROM vehicles WHERE plate = ?').get(plate) as
    | { owner_person_id: string | null; owner_company_id: string | null }
    | undefined;
  return row ? { personId: row.owner_person_id, companyId: row.owner_company_id } : undefined;
}

export function feeOf(db: Database.Database, serviceId: string, code: string): number {
  const amount = statement(db, 'SELECT amount_minor FROM fees WHERE service_id = ? AND code = ?').pluck().get(serviceId, code) as number | undefined;
  if (amount === undefined) throw new Error(`no fee ${serviceId}/${code} in the central's seed`);
  return amount;
}

export function feeVersionOf(db: Database.Database, serviceId: string): number {
  return (statement(db, 'SELECT version FROM fee_versions WHERE service_id = ?').pluck().get(serviceId) as number | undefined) ?? 1;
}

/** Changes a fee (or, for traffic fines, a violation's amount) and bumps the service's fee version. */
export function changeFee(db: Database.Database, serviceId: string, code: string, amountMinor: number): void {
  db.transaction(() => {
    const changed =
      serviceId === 'traffic-fines'
        ? statement(db, 'UPDATE violations SET amount_minor = ? WHERE id = ?').run(amountMinor, code).changes
        : statement(db, 'UPDATE fees SET amount_minor = ? WHERE service_id = ? AND code = ?').run(amountMinor, serviceId, code).changes;
    if (changed !== 1) throw new Error(`no fee ${serviceId}/${code} to change`);
    statement(db, 'INSERT INTO fee_versions (service_id, version) VALUES (?, 2) ON CONFLICT (service_id) DO UPDATE SET version = version + 1').run(serviceId);
  })();
}

export type RequestStatus = 'submitted' | 'in-progress' | 'approved' | 'rejected' | 'card-posted' | 'paid';

export interface RequestRecord {
  readonly id: string;
  readonly serviceId: string;
  readonly subjectId: string;
  readonly status: RequestStatus;
  readonly reason: string | null;
  readonly submittedAt: string;
}

export function requestsAbout(db: Database.Database, personIds: readonly string[]): RequestRecord[] {
  if (personIds.length === 0) return [];
  const rows = statement(db, `SELECT id, service_id, subject_id, status, reason, submitted_at FROM requests WHERE subject_id IN (${personIds.map(() => '?').join(',')}) ORDER BY submitted_at DESC, id DESC`)
    .all(...personIds) as { id: string; service_id: string; subject_id: string; status: RequestStatus; reason: string | null; submitted_at: string }[];
  return rows.map((r) => ({ id: r.id, serviceId: r.service_id, subjectId: r.subject_id, status: r.status, reason: r.reason, submittedAt: r.submitted_at }));
}

/** Creates a request with the next number of the year (REQ-2026-000001…), from a counter kept in meta. */
export function insertRequest(db: Database.Database, r: { serviceId: string; holderId: string; subjectId: string; status: RequestStatus; today: string }): string {
  const year = r.today.slice(0, 4);
  const counter = `request-number-${year}`;
  const stored = statement(db, 'SELECT value FROM meta WHERE key = ?').pluck().get(counter) as string | undefined;
  // The first request of a year starts after the highest seeded number of that year.
  const last = stored !== undefined ? Number(stored) : ((statement(db, 'SELECT max(CAST(substr(id, 10) AS INTEGER)) FROM requests WHERE id LIKE ?').pluck().get(`REQ-${year}-%`) as number | null) ?? 0);
  statement(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(counter, String(last + 1));
  const id = `REQ-${year}-${String(last + 1).padStart(6, '0')}`;
  statement(db, 'INSERT INTO requests (id, service_id, holder_id, subject_id, status, reason, submitted_at) VALUES (?, ?, ?, ?, ?, NULL, ?)').run(id, r.serviceId, r.holderId, r.subjectId, r.status, r.today);
  return id;
}

/** More unpaid violations for a person (tests and benchmarks need many payable items). */
export function addViolations(db: Database.Database, personId: string, count: number, amountMinor: number, today: string): string[] {
  const plate = (statement(db, 'SELECT plate FROM vehicles WHERE owner_person_id = ? ORDER BY plate LIMIT 1').pluck().get(personId) as string | undefined) ?? '100000';
  const start = (statement(db, 'SELECT count(*) FROM violations').pluck().get() as number) + 1;
  const insert = statement(db, `INSERT INTO violations (id, person_id, plate, date, place, offence, amount_minor, is_blocking, paid_by_request) VALUES (?, ?, ?, ?, 'corniche', 'parking', ?, 0, NULL)`);
  const ids = Array.from({ length: count }, (_, i) => `V-X${String(start + i).padStart(6, '0')}`);
  db.transaction(() => ids.forEach((id) => insert.run(id, personId, plate, today, amountMinor)))();
  return ids;
}
