import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simConfig } from '../../electron/sim/sim-config';
import { createMemoryLogger } from '../../electron/log/logger';
import { runScenario } from '../../electron/sim/run-scenario';
import { failingScenarios, scenarios } from '../../electron/sim/scenarios';
import { cardHolders } from '../../central/seed/people';
import { htmlEchoRenderer } from './support/html-echo-renderer';

const config = simConfig();

const freshDir = () => mkdtempSync(join(tmpdir(), 'kiosk-scenario-'));

describe('every service, end to end on simulators with the real central over HTTP', () => {
  for (const scenario of scenarios.filter((s) => s.isPaid)) {
    it(`${scenario.id}: ${scenario.description} The central stores it once.`, async () => {
      // Certificates are laid out but not rendered by Chromium here (test/system renders them).
      const summary = await runScenario(scenario, config, { dataDir: freshDir(), logger: createMemoryLogger(), pdfRenderer: htmlEchoRenderer });
      expect(summary.transaction?.state).toBe('synced');
      expect(summary.central.stored).toBe(1);
      expect(summary.receipt).toMatch(/receipt-\d+\.bin$/);
    });
  }

  it('my-requests: shows the holder\'s requests with their status', async () => {
    const scenario = scenarios.find((s) => s.id === 'my-requests');
    if (!scenario) throw new Error('missing scenario');
    const summary = await runScenario(scenario, config, { dataDir: freshDir(), logger: createMemoryLogger() });
    expect(summary.transaction).toBeNull();
    expect(summary.shown).toMatchObject({ screen: 'info' });
    expect((summary.shown as { info: unknown[] }).info.length).toBeGreaterThan(0);
  });

  it('traffic-fines run twice on the same data folder: each transaction stored once', async () => {
    const dataDir = freshDir();
    const scenario = scenarios.find((s) => s.id === 'traffic-fines');
    if (!scenario) throw new Error('missing scenario');
    const first = await runScenario(scenario, config, { dataDir, logger: createMemoryLogger() });
    const second = await runScenario(scenario, config, { dataDir, logger: createMemoryLogger() });
    expect([first.central.stored, second.central.stored]).toEqual([1, 1]);
    expect(second.transaction?.id).not.toBe(first.transaction?.id);
  });

  for (const scenario of failingScenarios) {
    it(`${scenario.id}: ${scenario.description}`, async () => {
      const logger = createMemoryLogger();
      const summary = await runScenario(scenario, config, { dataDir: freshDir(), logger });
      expect(summary.transaction).toBeNull();
      expect(summary.central.stored).toBe(0);
      // Whatever happened, no log line carries a person's ID number or name.
      const logged = JSON.stringify(logger.lines);
      for (const holder of Object.values(cardHolders)) {
        expect(logged).not.toContain(holder.idNumber);
        expect(logged).not.toContain(holder.nameLatin);
      }
    });
  }
});
