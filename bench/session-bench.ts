// How long a whole paid session takes through the kiosk core (machines, outbox with fsync,
// the embedded central over HTTP, the receipt encoder), on simulated devices.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../electron/config/load-config';
import { createKiosk } from '../electron/core/create-kiosk';
import { silentLogger } from '../electron/log/logger';
import { runSteps } from '../electron/sim/scenario-runner';
import { scenarios } from '../electron/sim/scenarios';

export async function runSessionBench(): Promise<Record<string, number>> {
  const parsed = parseConfig({ timeouts: { goodbyeMs: 0 } });
  if (!parsed.ok) throw new Error('bench config');
  const scenario = scenarios.find((s) => s.id === 'residence-renewal');
  if (!scenario) throw new Error('no residence-renewal scenario');
  const durations: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const kiosk = await createKiosk(parsed.value, { dataDir: mkdtempSync(join(tmpdir(), 'kiosk-bench-')), logger: silentLogger, isSyncTimerOn: false });
    const started = performance.now();
    await runSteps(kiosk, scenario.steps);
    durations.push(performance.now() - started);
    await kiosk.stop();
  }
  durations.sort((a, b) => a - b);
  return { paid_session_core_ms_median: Math.round(durations[2] ?? 0) };
}
