// Logs never hold ID numbers, names, phone numbers or e-mail addresses, and the outbox holds none
// in clear: every scenario in electron/sim/scenarios.ts runs through the kiosk core with the real
// file logger (debug level, so every line is written), then the log files and the outbox files
// on disk are searched for every such value seeded in central/seed/**.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../electron/config/load-config';
import { createFileLogger } from '../../electron/log/file-logger';
import { runScenario } from '../../electron/sim/run-scenario';
import { failingScenarios, scenarios } from '../../electron/sim/scenarios';

const seedDir = join(import.meta.dirname, '../../central/seed');

/** Every ID number, name, phone number and e-mail address written in the seed sources. */
function seededPersonalValues(): string[] {
  const text = readdirSync(seedDir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(seedDir, f), 'utf8')).join('\n');
  const ids = text.match(/\b\d{11}\b/g) ?? [];
  const names = [...text.matchAll(/\bname(?:Ar|Latin)\s*:\s*'([^']+)'/g)].map((m) => m[1]!);
  const phones = text.match(/\+974\d{8}/g) ?? [];
  const emails = text.match(/[\w.]+@example\.qa/g) ?? [];
  return [...new Set([...ids, ...names, ...phones, ...emails])];
}

const filesIn = (dir: string, keep: (name: string) => boolean) => (existsSync(dir) ? readdirSync(dir).filter(keep).map((f) => join(dir, f)) : []);

describe('personal data in logs and at rest, over a whole scenario run', () => {
  it('given every scenario run through the kiosk core, then no log line and no outbox file holds a seeded ID number, name, phone or e-mail', async () => {
    const seeded = seededPersonalValues();
    expect(seeded.length).toBeGreaterThan(50);
    const parsed = parseConfig({ timeouts: { goodbyeMs: 0 } });
    if (!parsed.ok) throw new Error('config');
    const logDir = mkdtempSync(join(tmpdir(), 'kiosk-privacy-logs-'));
    const logger = createFileLogger({ dir: logDir, level: 'debug', maxBytes: 50_000_000, maxFiles: 2 });
    const dataDirs: string[] = [];
    const ran: string[] = [];
    try {
      for (const scenario of [...scenarios, ...failingScenarios]) {
        const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-privacy-'));
        dataDirs.push(dataDir);
        const summary = await runScenario(scenario, parsed.value, { dataDir, logger });
        ran.push(`${scenario.id}:${summary.transaction?.state ?? 'none'}`);
      }
    } finally {
      logger.close();
    }
    // the run did real work: paid scenarios reached the central
    expect(ran.filter((r) => r.endsWith(':synced')).length).toBe(scenarios.filter((s) => s.isPaid).length);

    const logText = filesIn(logDir, (f) => f.startsWith('kiosk.log')).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(logText.split('\n').length).toBeGreaterThan(500);
    const atRest = dataDirs.flatMap((dir) => filesIn(dir, (f) => f.startsWith('outbox.sqlite'))).map((f) => readFileSync(f).toString('utf8')).join('\n');
    expect(atRest.length).toBeGreaterThan(10_000);
    const leaks = seeded.flatMap((value) => [...(logText.includes(value) ? [`log: ${value}`] : []), ...(atRest.includes(value) ? [`outbox: ${value}`] : [])]);
    expect(leaks).toEqual([]);
  }, 600_000);
});
