import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileLogger } from './file-logger';
import { logEvents } from './catalogue';
import { cardHolders } from '../../central/seed/people';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-file-log-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const allLogText = (): string => readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8')).join('');

describe('file logger', () => {
  it('writes one JSON line per event, each naming a catalogued event id and its level', () => {
    const logger = createFileLogger({ dir, maxBytes: 1_000_000, maxFiles: 2 });
    logger.log('shell.renderer-gone', { reason: 'crashed', exitCode: 139 });
    logger.log('sync.batch', { sent: 3, outcome: 'ok' });
    logger.close();
    const lines = allLogText().trim().split('\n').map((text) => JSON.parse(text) as Record<string, unknown>);
    expect(lines.map((l) => l.event)).toEqual(['shell.renderer-gone', 'sync.batch']);
    for (const l of lines) expect(Object.keys(logEvents)).toContain(l.event);
    expect(lines[0]).toMatchObject({ level: 50, reason: 'crashed', exitCode: 139 });
  });

  it('given the seeded people passed as fields and inside text, never writes their ID numbers, names or PINs, even across rotations', () => {
    const logger = createFileLogger({ dir, maxBytes: 600, maxFiles: 2 });
    const samples = Object.values(cardHolders);
    expect(samples.length).toBeGreaterThan(0);
    for (const person of samples) {
      logger.log('device.error', {
        idNumber: person.idNumber,
        nameLatin: person.nameLatin,
        nameAr: person.nameAr,
        pin: person.pin,
        kind: `card ${person.idNumber} refused`,
      });
    }
    logger.close();
    const text = allLogText();
    expect(text).toContain('"event":"device.error"');
    for (const person of samples) {
      expect(text).not.toContain(person.idNumber);
      expect(text).not.toContain(person.nameLatin);
      expect(text).not.toContain(person.nameAr);
      expect(text).not.toContain(`"${person.pin}"`);
    }
  });
});
