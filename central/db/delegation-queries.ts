// Changing what a company lets its representative do (the central's control API; in the
// ministry's systems the company's authorised signatory does this).
import type Database from 'better-sqlite3';

/** Removes one service from the representative's permissions; false when they did not have it. */
export function revokePermission(db: Database.Database, representativeId: string, serviceId: string): boolean {
  const row = db.prepare("SELECT company_id, permissions FROM company_staff WHERE person_id = ? AND role = 'representative'").get(representativeId) as
    | { company_id: string; permissions: string }
    | undefined;
  if (!row) return false;
  const permissions = JSON.parse(row.permissions) as string[];
  if (!permissions.includes(serviceId)) return false;
  db.prepare('UPDATE company_staff SET permissions = ? WHERE company_id = ? AND person_id = ?').run(JSON.stringify(permissions.filter((p) => p !== serviceId)), row.company_id, representativeId);
  return true;
}
