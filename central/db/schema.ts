// The simulator's own tables. It is a development stand-in for the ministry's systems, so it
// has one schema version: a file written by another version is refused (delete the folder).
export const centralSchemaVersion = 1;

export const centralSchema = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE people (
  id TEXT PRIMARY KEY, name_ar TEXT NOT NULL, name_latin TEXT NOT NULL, nationality TEXT NOT NULL,
  security_restriction INTEGER NOT NULL DEFAULT 0, insurance_expiry TEXT
) STRICT;
CREATE TABLE sponsorships (
  sponsor_id TEXT NOT NULL, person_id TEXT NOT NULL,
  relation TEXT NOT NULL CHECK (relation IN ('spouse', 'child', 'parent', 'domestic-worker', 'visitor')),
  PRIMARY KEY (sponsor_id, person_id)
) STRICT;
CREATE TABLE companies (id TEXT PRIMARY KEY, name_ar TEXT NOT NULL, name_latin TEXT NOT NULL, spending_cap_minor INTEGER NOT NULL) STRICT;
CREATE TABLE company_staff (
  company_id TEXT NOT NULL, person_id TEXT NOT NULL, role TEXT NOT NULL CHECK (role IN ('representative', 'employee')),
  permissions TEXT NOT NULL DEFAULT '[]', PRIMARY KEY (company_id, person_id)
) STRICT;
CREATE TABLE permits (
  number TEXT PRIMARY KEY, person_id TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('residence', 'visit-visa')),
  expiry TEXT NOT NULL, max_stay_end TEXT
) STRICT;
CREATE TABLE vehicles (plate TEXT PRIMARY KEY, owner_person_id TEXT, owner_company_id TEXT) STRICT;
CREATE TABLE violations (
  id TEXT PRIMARY KEY, person_id TEXT, plate TEXT NOT NULL, date TEXT NOT NULL, place TEXT NOT NULL, offence TEXT NOT NULL,
  amount_minor INTEGER NOT NULL, is_blocking INTEGER NOT NULL, paid_by_request TEXT
) STRICT;
CREATE INDEX violations_person ON violations (person_id);
CREATE INDEX violations_plate ON violations (plate);
CREATE TABLE fees (service_id TEXT NOT NULL, code TEXT NOT NULL, amount_minor INTEGER NOT NULL, PRIMARY KEY (service_id, code)) STRICT;
CREATE TABLE fee_versions (service_id TEXT PRIMARY KEY, version INTEGER NOT NULL) STRICT;
CREATE TABLE requests (
  id TEXT PRIMARY KEY, service_id TEXT NOT NULL, holder_id TEXT NOT NULL, subject_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('submitted', 'in-progress', 'approved', 'rejected', 'card-posted', 'paid')),
  reason TEXT, submitted_at TEXT NOT NULL
) STRICT;
CREATE TABLE quotes (
  id TEXT PRIMARY KEY, service_id TEXT NOT NULL, holder_id TEXT NOT NULL, subject_id TEXT NOT NULL, version INTEGER NOT NULL,
  amount_minor INTEGER NOT NULL, currency TEXT NOT NULL, item_ids TEXT NOT NULL, fields TEXT NOT NULL, created_at TEXT NOT NULL
) STRICT;
CREATE TABLE transactions (
  key TEXT PRIMARY KEY, kiosk_id TEXT NOT NULL, seq INTEGER NOT NULL, body_hash TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('stored', 'refused')), status INTEGER NOT NULL,
  request_id TEXT, reason TEXT, amount_minor INTEGER NOT NULL, body TEXT NOT NULL, received_at TEXT NOT NULL
) STRICT;
CREATE TABLE kiosks (
  id TEXT PRIMARY KEY, version TEXT NOT NULL, queue_depth INTEGER NOT NULL, oldest_unsynced_age_s REAL,
  devices TEXT NOT NULL, last_seen TEXT NOT NULL
) STRICT;
`;
