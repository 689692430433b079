import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { genesisHash, hashAuditRow } from './audit-chain';
import { openAuditLog, type AuditLog } from './audit-log';
import { verifyAuditFile } from './verify-audit-file';

const run = promisify(execFile);
const repoRoot = join(import.meta.dirname, '../..');

function tempAuditPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'audit-')), 'audit.sqlite');
}

function openLog(path: string): AuditLog {
  let tick = 0;
  const opened = openAuditLog(path, { now: () => new Date(Date.UTC(2026, 10, 25, 8, 0, tick++)) });
  if (!opened.ok) throw new Error('audit log did not open');
  return opened.value;
}

function seeded(rows = 5): string {
  const path = tempAuditPath();
  const log = openLog(path);
  log.append({ actor: '90000000011', action: 'technician.entered' });
  for (let i = 1; i < rows - 1; i += 1) log.append({ actor: '90000000011', action: 'device.tested', details: { role: 'receipt-printer', outcome: i % 2 ? 'passed' : 'failed' } });
  log.append({ actor: '90000000011', action: 'config.saved', details: { revision: 2, changed: 'devices.receiptPrinter' } });
  log.close();
  return path;
}

/** What someone with the file and a SQLite shell could do: drop the guard triggers, then edit. */
function tamper(path: string, sql: string): void {
  const db = new Database(path);
  db.exec('DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;');
  db.exec(sql);
  db.close();
}

describe('the audit log', () => {
  it('given three appends, then each row holds the hash of the one before, starting from the genesis hash', () => {
    const log = openLog(tempAuditPath());
    const rows = [log.append({ actor: 'kiosk', action: 'kiosk.started' }), log.append({ actor: '90000000011', action: 'technician.entered' }), log.append({ actor: '90000000011', action: 'technician.exited' })];
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(rows[0]!.prevHash).toBe(genesisHash);
    expect(rows[1]!.prevHash).toBe(rows[0]!.hash);
    expect(rows[2]!.prevHash).toBe(rows[1]!.hash);
    expect(log.verify()).toEqual({ isIntact: true, rows: 3, lastHash: rows[2]!.hash });
    expect(log.count('technician.entered')).toBe(1);
    expect(log.recent(2).map((r) => r.seq)).toEqual([3, 2]);
    log.close();
  });

  it('given a row, when the kiosk itself tries to change or delete it, then SQLite refuses', () => {
    const path = tempAuditPath();
    openLog(path).append({ actor: 'kiosk', action: 'kiosk.started' });
    const db = new Database(path);
    expect(() => db.prepare("UPDATE audit SET action = 'x.y' WHERE seq = 1").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit').run()).toThrow(/append-only/);
    db.close();
  });

  it('given an action that is not a dotted id or an actor with spaces, then append refuses before writing', () => {
    const log = openLog(tempAuditPath());
    expect(() => log.append({ actor: 'kiosk', action: 'saved' })).toThrow(RangeError);
    expect(() => log.append({ actor: 'Salem Technician', action: 'technician.entered' })).toThrow(RangeError);
    expect(log.verify()).toMatchObject({ isIntact: true, rows: 0 });
    log.close();
  });

  it('given an untouched log, when verified, then it is OK with the row count', () => {
    expect(verifyAuditFile(seeded(5))).toMatchObject({ exitCode: 0, message: expect.stringMatching(/^OK: 5 rows, chain intact/) });
  });

  it('given row 3 edited after the fact, when verified, then row 3 is named as changed', () => {
    const path = seeded(5);
    tamper(path, `UPDATE audit SET details = '{"role":"receipt-printer","outcome":"passed"}' WHERE seq = 3`);
    expect(verifyAuditFile(path)).toEqual({ exitCode: 1, message: expect.stringMatching(/^BROKEN at row 3: .*changed/) });
  });

  it('given row 2 deleted, when verified, then the gap is named at row 3', () => {
    const path = seeded(5);
    tamper(path, 'DELETE FROM audit WHERE seq = 2');
    expect(verifyAuditFile(path)).toEqual({ exitCode: 1, message: expect.stringMatching(/^BROKEN at row 3: expected row 2 here/) });
  });

  it('given row 4 rewritten with a fresh hash of its own, when verified, then row 5 no longer follows it', () => {
    const path = seeded(5);
    const db = new Database(path);
    db.exec('DROP TRIGGER audit_no_update;');
    const row = db.prepare('SELECT * FROM audit WHERE seq = 4').get() as { seq: number; at: string; actor: string; action: string; prev_hash: string };
    // a forger who knows the scheme re-hashes the row they changed, but not everything after it
    const details = '{"role":"card-reader","outcome":"passed"}';
    db.prepare('UPDATE audit SET details = ?, hash = ? WHERE seq = 4').run(details, hashAuditRow({ seq: row.seq, at: row.at, actor: row.actor, action: row.action, details }, row.prev_hash));
    db.close();
    expect(verifyAuditFile(path)).toEqual({ exitCode: 1, message: expect.stringMatching(/^BROKEN at row 5: it does not follow/) });
  });

  it('given no file, then verify says so and exits 2', () => {
    expect(verifyAuditFile(join(tmpdir(), 'no-such-dir', 'audit.sqlite')).exitCode).toBe(2);
  });
});

describe('npm run audit:verify', () => {
  it('given --db with a clean log, then it prints OK and exits 0; given a tampered one, it exits 1 naming the row', async () => {
    const clean = seeded(4);
    const ok = await run('npm', ['run', '--silent', 'audit:verify', '--', '--db', clean], { cwd: repoRoot });
    expect(ok.stdout).toMatch(/^OK: 4 rows/);
    const broken = seeded(4);
    tamper(broken, "UPDATE audit SET actor = '90000000099' WHERE seq = 2");
    const failed = await run('npm', ['run', '--silent', 'audit:verify', '--', '--db', broken], { cwd: repoRoot }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(/^BROKEN at row 2:/);
  });

  it('given no --db, then it checks the audit log in the data folder of the kiosk config', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'audit-data-'));
    const log = openLog(join(dataDir, 'audit.sqlite'));
    log.append({ actor: 'kiosk', action: 'kiosk.started' });
    log.close();
    const configPath = join(dataDir, 'config.json');
    writeFileSync(configPath, JSON.stringify({ dataDir }));
    const ok = await run('npm', ['run', '--silent', 'audit:verify'], { cwd: repoRoot, env: { ...process.env, KIOSK_CONFIG: configPath } });
    expect(ok.stdout).toContain(`OK: 1 rows, chain intact`);
    expect(ok.stdout).toContain(join(dataDir, 'audit.sqlite'));
  });
});
