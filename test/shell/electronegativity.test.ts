// Doyensec's Electronegativity over the shell and the renderer, as CI runs it. It exits 0
// even with HIGH findings, so its CSV report is read: any MEDIUM or worse finding fails
// unless build/electronegativity-waivers.json waives that check in that file with a reason.
// A known-bad canary file is scanned alongside, proving the scanner really parsed and checked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const appRoot = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(dirname(createRequire(import.meta.url).resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
const electronVersion = (JSON.parse(readFileSync(join(appRoot, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;

interface Waivers {
  readonly excludedChecks: readonly { check: string; reason: string }[];
  readonly waivers: readonly { check: string; file: string; reason: string }[];
}
const waivers = JSON.parse(readFileSync(join(appRoot, 'build', 'electronegativity-waivers.json'), 'utf8')) as Waivers;

interface Finding {
  readonly check: string;
  readonly severity: string;
  readonly file: string;
  readonly location: string;
}

/** The report's first five and last two columns are quoted or plain tokens; the sample between may hold anything. */
function parseReport(csv: string): Finding[] {
  return csv
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const match = /^([A-Z0-9_]+),"([A-Z]+)","([A-Z]+)","(.*?)","(\d+:\d+)",.*,"[^"]*",\S+$/.exec(line);
      if (!match?.[1] || !match[2] || match[4] === undefined || !match[5]) throw new Error(`unreadable report line: ${line}`);
      return { check: match[1], severity: match[2], file: match[4], location: match[5] };
    });
}

const canaryFile = 'canary/bad-window.js';
let findings: Finding[];
let printed: string;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kiosk-electronegativity-'));
  const scan = join(work, 'scan');
  cpSync(join(appRoot, 'electron', 'shell'), join(scan, 'electron', 'shell'), { recursive: true });
  cpSync(join(appRoot, 'renderer'), join(scan, 'renderer'), { recursive: true, filter: (path) => !path.includes(`${join('renderer', 'dist')}`) && !path.includes('node_modules') });
  mkdirSync(join(scan, 'canary'));
  writeFileSync(join(scan, canaryFile), "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { contextIsolation: false } });\n");
  const report = join(work, 'report.csv');
  const args = [cli, '-i', scan, '-r', '-e', electronVersion, '-o', report, '-x', waivers.excludedChecks.map((c) => c.check).join(',')];
  const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { env: { ...process.env, LANG: 'en-US', FORCE_COLOR: '0' }, timeout: 60_000 });
  printed = stdout + stderr;
  findings = parseReport(readFileSync(report, 'utf8'));
}, 70_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const isMediumOrWorse = (f: Finding): boolean => ['MEDIUM', 'HIGH', 'CRITICAL'].includes(f.severity);
const isWaived = (f: Finding): boolean => waivers.waivers.some((w) => w.check === f.check && w.file === f.file);

describe('Electronegativity over electron/shell and renderer', () => {
  it('parsed every file (a file it cannot parse is a file it did not check)', () => {
    expect(printed).not.toMatch(/Error parsing/);
  });

  it('flags the canary, so a clean result means the checks ran', () => {
    expect(findings).toContainEqual(expect.objectContaining({ check: 'CONTEXT_ISOLATION_JS_CHECK', severity: 'HIGH', file: canaryFile }));
  });

  it('finds nothing of medium severity or worse in our code that is not waived with a reason', () => {
    const open = findings.filter((f) => f.file !== canaryFile && isMediumOrWorse(f) && !isWaived(f));
    expect(open).toEqual([]);
  });

  it('has no stale waiver: each names a finding that still occurs, and says why', () => {
    for (const waiver of waivers.waivers) {
      expect(waiver.reason.length, `${waiver.check} in ${waiver.file}`).toBeGreaterThan(40);
      expect(findings.some((f) => f.check === waiver.check && f.file === waiver.file), `${waiver.check} in ${waiver.file} no longer occurs: drop the waiver`).toBe(true);
    }
    for (const excluded of waivers.excludedChecks) expect(excluded.reason.length).toBeGreaterThan(40);
  });
});
