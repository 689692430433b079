// Doyensec's Electronegativity over the shell and the renderer, as CI runs it. Its CLI exits 0
// even with HIGH findings, so its findings are read as data (electronegativity-scan.mjs calls
// its runner): any MEDIUM or worse finding fails unless build/electronegativity-waivers.json
// waives that check in that file with a reason.
// A known-bad canary file is scanned alongside, proving the scanner really parsed and checked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const appRoot = fileURLToPath(new URL('../..', import.meta.url));
const scanScript = fileURLToPath(new URL('./electronegativity-scan.mjs', import.meta.url));
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
interface ScanError {
  readonly file: string;
  readonly message: string;
  readonly tolerable: boolean;
}

const canaryFile = 'canary/bad-window.js';
let findings: Finding[];
let errors: ScanError[];
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kiosk-electronegativity-'));
  const scan = join(work, 'scan');
  cpSync(join(appRoot, 'electron', 'shell'), join(scan, 'electron', 'shell'), { recursive: true });
  cpSync(join(appRoot, 'renderer'), join(scan, 'renderer'), { recursive: true, filter: (path) => !path.includes(`${join('renderer', 'dist')}`) && !path.includes('node_modules') });
  mkdirSync(join(scan, 'canary'));
  writeFileSync(join(scan, canaryFile), "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { contextIsolation: false } });\n");
  const excluded = waivers.excludedChecks.map((c) => c.check).join(',');
  const { stdout } = await promisify(execFile)(process.execPath, [scanScript, scan, electronVersion, excluded], { env: { ...process.env, LANG: 'en-US', FORCE_COLOR: '0' }, timeout: 60_000 });
  ({ findings, errors } = JSON.parse(stdout) as { findings: Finding[]; errors: ScanError[] });
}, 70_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const isMediumOrWorse = (f: Finding): boolean => ['MEDIUM', 'HIGH', 'CRITICAL'].includes(f.severity);
const isWaived = (f: Finding): boolean => waivers.waivers.some((w) => w.check === f.check && w.file === f.file);

describe('Electronegativity over electron/shell and renderer', () => {
  it('parsed every file (a file it cannot parse is a file it did not check)', () => {
    expect(errors).toEqual([]);
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
