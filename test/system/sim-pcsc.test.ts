import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../electron/config/load-config';
import { createMemoryLogger } from '../../electron/log/logger';
import { runScenario } from '../../electron/sim/run-scenario';
import { scenarios } from '../../electron/sim/scenarios';
import { cardHolders } from '../../central/seed/people';
import { findPcscdStack, startPcscd, type PcscdHandle } from './pcscd-harness';

const missing = findPcscdStack();
let pcscd: PcscdHandle | undefined;

beforeAll(async () => {
  if (missing) throw new Error(missing.message); // a missing stack fails, it is never skipped
  pcscd = await startPcscd();
});
afterAll(async () => {
  await pcscd?.stop();
});

describe('npm run sim -- --scenario traffic-fines --reader pcsc', () => {
  it('given pcscd, vpcd and the virtual card, pays and syncs once, and no PIN or identity reaches the logs', async () => {
    const config = parseConfig({ timeouts: { goodbyeMs: 0 }, devices: { cardReader: { kind: 'pcsc' } }, card: { isTestIssuerTrusted: true } });
    if (!config.ok) throw new Error('config');
    const scenario = scenarios.find((s) => s.id === 'traffic-fines');
    if (!scenario) throw new Error('no scenario');
    const logger = createMemoryLogger();
    const summary = await runScenario(scenario, config.value, { dataDir: mkdtempSync(join(tmpdir(), 'kiosk-pcsc-')), logger });
    expect(summary.transaction?.state).toBe('synced');
    expect(summary.central.stored).toBe(1);
    const logged = JSON.stringify(logger.lines);
    expect(logged).not.toContain(cardHolders.resident.idNumber);
    expect(logged).not.toContain(cardHolders.resident.nameLatin);
    expect(logged).not.toContain(`"${cardHolders.resident.pin}"`);
  });
});
