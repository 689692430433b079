import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRotatingFile } from './rotating-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-log-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const line = (n: number): string => `${JSON.stringify({ event: 'sync.batch', n })}\n`;

describe('rotating log file', () => {
  it('given lines that fit, keeps them all in one file in order', () => {
    const file = openRotatingFile({ path: join(dir, 'kiosk.log'), maxBytes: 10_000, maxFiles: 2 });
    for (let n = 0; n < 5; n += 1) file.write(line(n));
    file.close();
    expect(readFileSync(join(dir, 'kiosk.log'), 'utf8')).toBe([0, 1, 2, 3, 4].map(line).join(''));
    expect(readdirSync(dir)).toEqual(['kiosk.log']);
  });

  it('given far more lines than the cap, keeps only maxFiles older files, each within maxBytes, newest last', () => {
    const maxBytes = 200;
    const file = openRotatingFile({ path: join(dir, 'kiosk.log'), maxBytes, maxFiles: 3 });
    for (let n = 0; n < 1_000; n += 1) file.write(line(n));
    file.close();
    expect(readdirSync(dir).sort()).toEqual(['kiosk.log', 'kiosk.log.1', 'kiosk.log.2', 'kiosk.log.3']);
    const total = readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
    expect(total).toBeLessThanOrEqual(maxBytes * 4);
    for (const name of readdirSync(dir)) expect(statSync(join(dir, name)).size).toBeLessThanOrEqual(maxBytes);
    const current = readFileSync(join(dir, 'kiosk.log'), 'utf8').trim().split('\n');
    expect(JSON.parse(current.at(-1) ?? '{}')).toEqual({ event: 'sync.batch', n: 999 });
    const older = readFileSync(join(dir, 'kiosk.log.1'), 'utf8').trim().split('\n');
    const firstCurrent = JSON.parse(current[0] ?? '{}') as { n: number };
    expect(JSON.parse(older.at(-1) ?? '{}')).toEqual({ event: 'sync.batch', n: firstCurrent.n - 1 });
  });

  it('given a file left from an earlier run, appends to it and counts its size toward the cap', () => {
    writeFileSync(join(dir, 'kiosk.log'), 'x'.repeat(190) + '\n');
    const file = openRotatingFile({ path: join(dir, 'kiosk.log'), maxBytes: 200, maxFiles: 1 });
    file.write(line(1));
    file.close();
    expect(readFileSync(join(dir, 'kiosk.log.1'), 'utf8')).toBe('x'.repeat(190) + '\n');
    expect(readFileSync(join(dir, 'kiosk.log'), 'utf8')).toBe(line(1));
  });

  it('given the folder vanishes under it, drops and counts lines instead of throwing', () => {
    const file = openRotatingFile({ path: join(dir, 'logs', 'kiosk.log'), maxBytes: 100, maxFiles: 1 });
    rmSync(join(dir, 'logs'), { recursive: true });
    for (let n = 0; n < 10; n += 1) expect(() => file.write(line(n))).not.toThrow();
    expect(file.droppedLines).toBeGreaterThan(0);
    file.close();
  });
});
