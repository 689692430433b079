import Database from 'better-sqlite3';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { seedCentral } from '../seed/seed-db';
import { isoDay } from './dates';
import { centralSchema, centralSchemaVersion } from './schema';
import { ensureServiceRecords } from './service-records-schema';
import { ensureAuditAnchors } from '../fleet/audit-anchors';
import { ensureDeviceReasons } from '../fleet/kiosk-registry';

export interface CentralCurrency {
  readonly code: string;
  readonly minorUnits: number;
}

/**
 * Opens the simulator's database, creating and seeding it on first use. The central is the
 * receiving end of "stored once", so it commits as durably as the kiosk does.
 */
export function openCentralDb(path: string, options: { today: Date; currency: CentralCurrency; isFresh?: boolean }): Database.Database {
  mkdirSync(dirname(path), { recursive: true });
  if (options.isFresh) for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === 0) {
    db.exec(centralSchema);
    db.pragma(`user_version = ${centralSchemaVersion}`);
    db.prepare("INSERT INTO meta (key, value) VALUES ('currency', ?)").run(JSON.stringify(options.currency));
    seedCentral(db, isoDay(options.today), options.currency.minorUnits);
  } else if (version !== centralSchemaVersion) {
    db.close();
    throw new Error(`central database ${path} has schema ${version}, this simulator writes ${centralSchemaVersion}: delete its folder to reseed`);
  }
  const stored = JSON.parse(String(db.prepare("SELECT value FROM meta WHERE key = 'currency'").pluck().get())) as CentralCurrency;
  if (stored.code !== options.currency.code || stored.minorUnits !== options.currency.minorUnits) {
    db.close();
    throw new Error(`central database ${path} was seeded in ${stored.code}, not ${options.currency.code}: delete its folder to reseed`);
  }
  ensureServiceRecords(db, options.currency.minorUnits);
  ensureAuditAnchors(db);
  ensureDeviceReasons(db);
  return db;
}
