import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openOutboxDatabase, quarantineOutbox } from './open-database';
import { tryOpenOutbox } from './outbox';
import { sampleTransaction, tempOutboxPath } from './test-support';
import { describeOutboxOpenError } from './types';
import { latestSchemaVersion } from './migrations';

describe('opening the outbox file', () => {
  it('given a new file, then the connection uses WAL and synchronous=FULL', () => {
    const opened = openOutboxDatabase(tempOutboxPath());
    if (!opened.ok) throw new Error('expected the outbox to open');
    expect(opened.value.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.value.pragma('synchronous', { simple: true })).toBe(2);
    opened.value.close();
  });

  it('given a file written by a newer kiosk, when opened, then it refuses with both versions named', () => {
    const path = tempOutboxPath();
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    const opened = tryOpenOutbox(path);
    expect(opened).toMatchObject({ ok: false, error: { kind: 'newer-schema', found: 99, supported: latestSchemaVersion } });
    if (!opened.ok) expect(describeOutboxOpenError(opened.error)).toContain(`schema version 99, newer than this kiosk supports (${latestSchemaVersion})`);
  });

  it('given a file that is not a database, when opened, then it is corrupt; moved aside, its bytes are kept', () => {
    const path = tempOutboxPath();
    writeFileSync(path, 'this is not sqlite '.repeat(400));
    expect(tryOpenOutbox(path)).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
    const aside = quarantineOutbox(path, new Date('2026-03-04T10:00:00Z'));
    expect(aside).toBe(`${path}.corrupt-2026-03-04T10-00-00-000Z`);
    expect(existsSync(path)).toBe(false);
    expect(readFileSync(aside, 'utf8')).toContain('this is not sqlite');
  });

  it('given a database whose pages were damaged, when opened, then quick_check reports it corrupt', () => {
    const path = tempOutboxPath();
    const seeded = tryOpenOutbox(path);
    if (!seeded.ok) throw new Error('expected the outbox to open');
    for (let i = 0; i < 300; i += 1) seeded.value.createPending(sampleTransaction({ payload: { note: 'x'.repeat(200) } }));
    seeded.value.close();
    const bytes = readFileSync(path);
    bytes.fill(0xa5, 4096 * 2 + 8, 4096 * 2 + 2000); // scribble over the middle of page 3
    writeFileSync(path, bytes);
    expect(tryOpenOutbox(path)).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
  });

  it('given a path under a regular file, when opened, then it is unreadable', () => {
    const file = tempOutboxPath();
    writeFileSync(file, 'x');
    expect(tryOpenOutbox(join(file, 'outbox.sqlite'))).toMatchObject({ ok: false, error: { kind: 'unreadable' } });
  });
});
