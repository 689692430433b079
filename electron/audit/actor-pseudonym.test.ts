import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActorPseudonym } from './actor-pseudonym';
import { genesisHash, hashAuditRow } from './audit-chain';
import { openAuditDatabase, openAuditLog, type AuditLog } from './audit-log';
import { verifyAuditFile } from './verify-audit-file';

const technician = '90000000011';
const otherTechnician = '90000000029';

function openIn(dir: string): AuditLog {
  let tick = 0;
  const opened = openAuditLog(join(dir, 'audit.sqlite'), { now: () => new Date(Date.UTC(2026, 10, 25, 9, 0, tick++)) });
  if (!opened.ok) throw new Error('audit log did not open');
  return opened.value;
}

/** Every byte the audit writes to its folder (database, WAL, key aside), as latin1 text to search. */
function auditBytes(dir: string): string {
  return readdirSync(dir)
    .filter((name) => name.startsWith('audit.sqlite'))
    .map((name) => readFileSync(join(dir, name)).toString('latin1'))
    .join('');
}

describe('audit actors are pseudonyms, not ID numbers', () => {
  it('given a technician\'s actions, then each row names them by the last four digits and the same keyed hash, and the number is nowhere in the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-actor-'));
    const log = openIn(dir);
    const rows = [log.append({ actor: technician, action: 'technician.entered' }), log.append({ actor: technician, action: 'config.saved', details: { revision: 1 } })];
    log.close();
    expect(rows[0]!.actor).toMatch(/^card-0011-[0-9a-f]{16}$/);
    expect(rows[1]!.actor).toBe(rows[0]!.actor);
    expect(auditBytes(dir)).not.toContain(technician);
    expect(auditBytes(dir)).toContain(rows[0]!.actor);
  });

  it('given two technicians, then their pseudonyms differ; given the log reopened, then a technician keeps theirs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-actor-'));
    const first = openIn(dir);
    const a = first.append({ actor: technician, action: 'technician.entered' }).actor;
    const b = first.append({ actor: otherTechnician, action: 'technician.entered' }).actor;
    first.close();
    expect(a).not.toBe(b);
    const again = openIn(dir);
    expect(again.append({ actor: technician, action: 'technician.exited' }).actor).toBe(a);
    again.close();
  });

  it('given the kiosk\'s own actors, then they are written as they are', () => {
    const log = openIn(mkdtempSync(join(tmpdir(), 'audit-actor-')));
    expect(log.append({ actor: 'kiosk', action: 'kiosk.started' }).actor).toBe('kiosk');
    expect(log.append({ actor: 'unknown-card', action: 'technician.refused' }).actor).toBe('unknown-card');
    log.close();
  });

  it('given another kiosk\'s key, then the same technician gets another pseudonym (a number list cannot be matched without this kiosk\'s key)', () => {
    const here = createActorPseudonym(Buffer.alloc(32, 1));
    const there = createActorPseudonym(Buffer.alloc(32, 2));
    expect(here(technician)).not.toBe(there(technician));
    expect(here(technician).slice(0, 10)).toBe(there(technician).slice(0, 10));
  });

  it('given the key is made, then only the kiosk user can read it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-actor-'));
    openIn(dir).close();
    expect(statSync(join(dir, 'keys', 'audit-actor.key')).mode & 0o077).toBe(0);
  });

  it('given rows an older kiosk wrote with full numbers, then they stay as written, new rows chain after them with pseudonyms, and audit:verify says OK', () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-actor-'));
    const path = join(dir, 'audit.sqlite');
    const opened = openAuditDatabase(path);
    if (!opened.ok) throw new Error('audit database did not open');
    // what the previous version appended: the full card number in the actor column
    const old = { seq: 1, at: '2026-11-24T08:00:00.000Z', actor: technician, action: 'technician.entered', details: '{}' };
    const oldHash = hashAuditRow(old, genesisHash);
    opened.value.prepare('INSERT INTO audit (seq, at, actor, action, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)').run(old.seq, old.at, old.actor, old.action, old.details, genesisHash, oldHash);
    opened.value.close();

    const log = openIn(dir);
    const next = log.append({ actor: technician, action: 'technician.exited' });
    log.close();
    expect(next).toMatchObject({ seq: 2, prevHash: oldHash, actor: expect.stringMatching(/^card-0011-/) });
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT actor FROM audit WHERE seq = 1').pluck().get()).toBe(technician);
    db.close();
    expect(verifyAuditFile(path)).toMatchObject({ exitCode: 0, message: expect.stringMatching(/^OK: 2 rows/) });
  });
});
