import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../hardware/result';
import type { RunningCentral } from '../../central/server';
import { startTestCentral } from '../../central/test-support';
import { ensureTestCa } from '../../central/tls/test-ca';
import type { HeartbeatSender } from '../central-client/contract';
import { createHttpCentralClient } from '../central-client/http-central-client';
import { startHeartbeats } from '../health/heartbeat';
import { createMemoryLogger } from '../log/logger';
import { hashAuditRow } from './audit-chain';
import { openAuditLog, type AuditLog } from './audit-log';
import { fetchAuditAnchors } from './fetch-anchors';
import { verifyAuditFile } from './verify-audit-file';

const run = promisify(execFile);
const repoRoot = join(import.meta.dirname, '../..');
const kioskId = 'KIOSK-TEST-01';

function openLog(path: string): AuditLog {
  let tick = 0;
  const opened = openAuditLog(path, { now: () => new Date(Date.UTC(2026, 10, 25, 8, 0, tick++)) });
  if (!opened.ok) throw new Error('audit log did not open');
  return opened.value;
}

/** What someone with the file and a SQLite shell could do: drop the guard triggers, then change rows. */
function tamper(path: string, sql: string): void {
  const db = new Database(path);
  db.exec('DROP TRIGGER IF EXISTS audit_no_update; DROP TRIGGER IF EXISTS audit_no_delete;');
  db.exec(sql);
  db.close();
}

describe('audit log anchored at the central through heartbeats', () => {
  let central: RunningCentral | undefined;
  afterEach(async () => {
    await central?.close();
    central = undefined;
  });

  /** A kiosk whose technician did `rows` actions, each followed by a heartbeat carrying the head. */
  async function anchoredLog(rows: number): Promise<string> {
    central = await startTestCentral();
    const path = join(mkdtempSync(join(tmpdir(), 'audit-anchor-')), 'audit.sqlite');
    const log = openLog(path);
    const client = createHttpCentralClient({ baseUrl: central.url, kioskId, timeoutMs: 5_000 });
    const sender: HeartbeatSender = client;
    const beats = startHeartbeats({
      sender,
      intervalMs: 30_000,
      version: '0.1.0',
      monitor: { current: () => new Map() },
      outbox: () => undefined,
      auditHead: () => log.head(),
      now: () => new Date(),
      logger: createMemoryLogger(),
      timer: () => () => {},
    });
    for (let i = 0; i < rows; i += 1) {
      log.append({ actor: '90000000011', action: 'device.tested', details: { step: i + 1 } });
      expect(await beats.beatNow()).toBe(true);
    }
    beats.stop();
    log.close();
    return path;
  }

  const anchors = async () => {
    const fetched = await fetchAuditAnchors(central!.url, kioskId);
    if (!fetched.ok) throw new Error(JSON.stringify(fetched.error));
    return fetched.value;
  };

  it('given an untouched log, then it matches the last anchor the central heard', async () => {
    const path = await anchoredLog(5);
    expect(verifyAuditFile(path, await anchors())).toEqual({ exitCode: 0, message: expect.stringMatching(/^OK: 5 rows, chain intact .*matches the central's last anchor at row 5/) });
  });

  it('given the two newest rows deleted (the chain alone still holds), then verify reports truncation naming the last anchored row', async () => {
    const path = await anchoredLog(5);
    tamper(path, 'DELETE FROM audit WHERE seq > 3');
    expect(verifyAuditFile(path)).toMatchObject({ exitCode: 0 });
    expect(verifyAuditFile(path, await anchors())).toEqual({ exitCode: 1, message: expect.stringMatching(/^TRUNCATED: the central heard row 5 \(hash [0-9a-f]{16}…\) at .*, but the local log ends at row 3 \(rows 4…5 are missing\)/) });
  });

  it('given rows rewritten from row 4 on and re-chained by hand, then verify names row 4 as diverged from its anchor', async () => {
    const path = await anchoredLog(5);
    const db = new Database(path);
    db.exec('DROP TRIGGER audit_no_update;');
    type Stored = { seq: number; at: string; actor: string; action: string; details: string; prev_hash: string };
    let prev = db.prepare('SELECT hash FROM audit WHERE seq = 3').pluck().get() as string;
    for (const row of db.prepare('SELECT seq, at, actor, action, details, prev_hash FROM audit WHERE seq >= 4 ORDER BY seq').all() as Stored[]) {
      const details = '{"step":0}';
      const hash = hashAuditRow({ seq: row.seq, at: row.at, actor: row.actor, action: row.action, details }, prev);
      db.prepare('UPDATE audit SET details = ?, prev_hash = ?, hash = ? WHERE seq = ?').run(details, prev, hash, row.seq);
      prev = hash;
    }
    db.close();
    expect(verifyAuditFile(path)).toMatchObject({ exitCode: 0 });
    expect(verifyAuditFile(path, await anchors())).toEqual({ exitCode: 1, message: expect.stringMatching(/^DIVERGED at row 4: the central heard row 4/) });
  });

  it('given npm run audit:verify --central, then a truncated log exits 1 naming the anchored row; a central that cannot be reached exits 2', async () => {
    const path = await anchoredLog(4);
    tamper(path, 'DELETE FROM audit WHERE seq = 4');
    const failed = await run('npm', ['run', '--silent', 'audit:verify', '--', '--db', path, '--central', central!.url, '--kiosk', kioskId], { cwd: repoRoot }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(/^TRUNCATED: the central heard row 4 .* the local log ends at row 3/);
    const unreachable = await run('npm', ['run', '--silent', 'audit:verify', '--', '--db', path, '--central', 'http://127.0.0.1:9', '--kiosk', kioskId], { cwd: repoRoot }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(unreachable?.code).toBe(2);
    expect(unreachable?.stderr).toMatch(/^audit:verify: the central at http:\/\/127.0.0.1:9 cannot be reached/);
  });

  it('given a central on HTTPS, then audit:verify trusts only the CA it is given (--ca, or the config\'s central.caFile), as the kiosk does', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'audit-anchor-tls-'));
    const ministry = ensureTestCa(join(folder, 'ministry'));
    central = await startTestCentral({ dbPath: join(folder, 'central.sqlite'), auth: {}, tls: { cert: ministry.certPem, key: ministry.keyPem }, now: () => new Date() });
    const path = join(folder, 'audit.sqlite');
    const log = openLog(path);
    log.append({ actor: 'kiosk', action: 'kiosk.started' });
    log.close();
    const verify = (extra: string[]) =>
      run('npm', ['run', '--silent', 'audit:verify', '--', '--db', path, '--central', central!.url, '--kiosk', kioskId, ...extra], { cwd: repoRoot }).then(
        ({ stdout }) => ({ code: 0, out: stdout }),
        (error: { code: number; stderr: string }) => ({ code: error.code, out: error.stderr }),
      );
    expect(await verify(['--ca', ministry.caFile])).toEqual({ code: 0, out: expect.stringMatching(/^OK: 1 rows, chain intact/) });
    expect(await verify([])).toEqual({ code: 2, out: expect.stringMatching(/cannot be reached/) });
  });

  it('given a central that never heard from this kiosk, then the chain alone is reported with that said', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'audit-anchor-')), 'audit.sqlite');
    const log = openLog(path);
    log.append({ actor: 'kiosk', action: 'kiosk.started' });
    log.close();
    expect(verifyAuditFile(path, [])).toEqual({ exitCode: 0, message: expect.stringMatching(/^OK: 1 rows, chain intact .*the central has no anchor from this kiosk yet/) });
  });
});

describe('heartbeat carries the audit head', () => {
  it('given an audit log with rows, then the heartbeat names its newest row and hash; given none, null', async () => {
    const sent: unknown[] = [];
    const sender: HeartbeatSender = { heartbeat: async (beat) => (sent.push(beat), ok({ serverTime: '2026-11-25T08:00:00Z' })) };
    const log = openLog(join(mkdtempSync(join(tmpdir(), 'audit-anchor-')), 'audit.sqlite'));
    const options = { sender, intervalMs: 30_000, version: '0.1.0', monitor: { current: () => new Map() }, outbox: () => undefined, now: () => new Date(), logger: createMemoryLogger(), timer: () => () => {} };
    const beats = startHeartbeats({ ...options, auditHead: () => log.head() });
    await beats.beatNow();
    expect(sent.at(-1)).toMatchObject({ auditHead: null });
    const row = log.append({ actor: 'kiosk', action: 'kiosk.started' });
    await beats.beatNow();
    expect(sent.at(-1)).toMatchObject({ auditHead: { rows: 1, headHash: row.hash } });
    beats.stop();
    log.close();
  });
});
