import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simConfig } from '../../electron/sim/sim-config';
import { createMemoryLogger } from '../../electron/log/logger';
import { readSources } from '../../electron/reconcile/read-sources';
import { reconcile } from '../../electron/reconcile/reconcile';
import { runScenario } from '../../electron/sim/run-scenario';
import { scenarios, type Scenario } from '../../electron/sim/scenarios';

const config = simConfig();
const scenario = (id: string): Scenario => {
  const found = scenarios.find((s) => s.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
};
const today = () => new Date().toISOString().slice(0, 10);

describe('reconciliation after a day of sessions', () => {
  it('given a day of paid sessions, finds no mismatch; given a planted one, names it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-day-'));
    for (const id of ['traffic-fines', 'residence-renewal', 'traffic-fines']) {
      await runScenario(scenario(id), config, { dataDir, logger: createMemoryLogger() });
    }
    expect(reconcile(today(), readSources(dataDir))).toEqual([]);

    // A request the central holds with no payment behind it.
    const central = new Database(join(dataDir, 'central', 'central.sqlite'));
    central
      .prepare("INSERT INTO transactions (key, kiosk_id, seq, body_hash, outcome, status, request_id, amount_minor, body, received_at) VALUES ('planted-key', 'KIOSK-DEV-01', 99, 'x', 'stored', 200, 'R-X', 100, '{}', ?)")
      .run(new Date().toISOString());
    central.close();
    expect(reconcile(today(), readSources(dataDir))).toEqual([{ kind: 'stored-not-paid', key: 'planted-key' }]);
  });

  it('given the terminal times out after charging the card, the kiosk settles it: one paid request at the central, one charge', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-timeout-'));
    const steps = scenario('traffic-fines').steps.map((step) => ('payment' in step ? { payment: 'timeout-after-charge' as const } : step));
    const summary = await runScenario({ ...scenario('traffic-fines'), steps }, config, { dataDir, logger: createMemoryLogger() });
    expect(summary.transaction?.state).toBe('synced');
    expect(summary.central.stored).toBe(1);
    const sources = readSources(dataDir);
    expect(sources.terminal.filter((p) => !p.reversed)).toHaveLength(1);
    expect(sources.central).toHaveLength(1);
    expect(reconcile(today(), sources)).toEqual([]);
  });
});
