// Runs one scenario on a fresh kiosk core (simulated devices, embedded central) and
// summarises it as the JSON `npm run sim` prints.
import type { KioskConfig } from '../config/schema';
import { createKiosk } from '../core/create-kiosk';
import type { Logger } from '../log/logger';
import type { PdfRenderer } from '../documents/pdf-renderer';
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
  /** The last screen's message key (a refusal's reason, a receipt note), when it had one. */
  readonly message?: string;
  /** A4 documents (certificates) that came out of the simulated A4 printer, and what the take-card screen said. */
  readonly documents?: { readonly printed: number; readonly message: string | undefined };
}

/** Scenarios run on simulators: the A4 printer and the scanner too, unless the config names real ones. */
function withSimulatedExtras(config: KioskConfig): KioskConfig {
  const devices = config.devices;
  return {
    ...config,
    devices: { ...devices, a4Printer: devices.a4Printer.kind === 'none' ? { kind: 'simulated' } : devices.a4Printer, scanner: devices.scanner.kind === 'none' ? { kind: 'simulated' } : devices.scanner },
  };
}

export async function runScenario(scenario: Scenario, config: KioskConfig, options: { dataDir: string; logger: Logger; pdfRenderer?: PdfRenderer }): Promise<ScenarioSummary> {
  const cardSlot = config.devices.cardReader.kind === 'pcsc' ? vpcdSlot() : undefined;
  const kiosk = await createKiosk(withSimulatedExtras(config), { dataDir: options.dataDir, logger: options.logger, isSyncTimerOn: false, ...(options.pdfRenderer ? { pdfRenderer: options.pdfRenderer } : {}) });
  try {
    const jobsBefore = kiosk.simulators.printer?.jobs.length ?? 0;
    const { records, views, lastView } = await runSteps(kiosk, scenario.steps, { ...(cardSlot ? { cardSlot, timeoutMs: 20_000 } : {}) });
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
      ...(lastView.message ? { message: lastView.message.key } : {}),
      ...(infoView ? { shown: { screen: infoView.screen, info: infoView.info, message: infoView.message } } : {}),
      ...(kiosk.simulators.a4Printer && (kiosk.simulators.a4Printer.printed().length > 0 || paidView?.message?.key.startsWith('services:certificate'))
        ? { documents: { printed: kiosk.simulators.a4Printer.printed().length, message: paidView?.message?.key } }
        : {}),
    };
  } finally {
    await cardSlot?.close();
    await kiosk.stop();
  }
}
