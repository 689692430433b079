// Runs one scenario on a fresh kiosk core (simulated devices, embedded central) and
// summarises it as the JSON `npm run sim` prints.
import type { KioskConfig } from '../config/schema';
import { createKiosk } from '../core/create-kiosk';
import type { Logger } from '../log/logger';
import { vpcdSlot } from './card-slot';
import { runSteps, type StepRecord } from './scenario-runner';
import type { Scenario } from './scenarios';

export interface ScenarioSummary {
  readonly scenario: string;
  readonly steps: readonly StepRecord[];
  readonly transaction: { readonly id: string; readonly reference: string; readonly state: string } | null;
  readonly central: { readonly stored: number };
  readonly receipt: string | null;
  /** For read-only services: what the screen showed. */
  readonly shown?: unknown;
}

export async function runScenario(scenario: Scenario, config: KioskConfig, options: { dataDir: string; logger: Logger }): Promise<ScenarioSummary> {
  const cardSlot = config.devices.cardReader.kind === 'pcsc' ? vpcdSlot() : undefined;
  const kiosk = await createKiosk(config, { dataDir: options.dataDir, logger: options.logger, isSyncTimerOn: false });
  try {
    const jobsBefore = kiosk.simulators.printer?.jobs.length ?? 0;
    const { records, views } = await runSteps(kiosk, scenario.steps, { ...(cardSlot ? { cardSlot, timeoutMs: 20_000 } : {}) });
    await kiosk.syncNow();
    const paidView = [...views].reverse().find((v) => v.outcome);
    const row = paidView?.outcome ? kiosk.outbox?.list('synced', 10_000).find((r) => r.reference === paidView.outcome?.reference) ?? kiosk.outbox?.list('paid', 10_000).find((r) => r.reference === paidView.outcome?.reference) : undefined;
    const job = kiosk.simulators.printer?.jobs.slice(jobsBefore).at(-1);
    const infoView = [...views].reverse().find((v) => v.info);
    return {
      scenario: scenario.id,
      steps: records,
      transaction: row ? { id: row.key, reference: row.reference, state: kiosk.outbox?.get(row.key)?.state ?? row.state } : null,
      central: { stored: row ? (kiosk.embeddedCentral?.storedCountForKey(row.key) ?? 0) : 0 },
      receipt: job?.path ?? null,
      ...(infoView ? { shown: { screen: infoView.screen, info: infoView.info, message: infoView.message } } : {}),
    };
  } finally {
    await cardSlot?.close();
    await kiosk.stop();
  }
}
