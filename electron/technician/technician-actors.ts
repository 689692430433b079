// The real actors behind technician mode. Each does one thing against the kiosk's devices,
// disk or outbox, and appends what it did to the audit log under the technician's card number.
import { fromPromise } from 'xstate';
import { join } from 'node:path';
import type { ReceiptPrinter } from '../../hardware/printer/contract';
import type { ReceiptEncoder } from '../../hardware/printer/receipt-job';
import { technicianMachine } from '../../state-machines/technician/technician-machine';
import type { DeviceDraft, DeviceOption, DevicesState, LogLine, OutboxSummary, TechRole } from '../../state-machines/technician/technician-types';
import { techRoles } from '../../state-machines/technician/technician-types';
import type { AuditDetails, AuditLog } from '../audit/audit-log';
import { saveStoredConfig } from '../config/config-store';
import type { KioskConfig } from '../config/schema';
import type { KioskDevices } from '../core/devices';
import type { HealthMonitor } from '../health/health-monitor';
import type { Logger } from '../log/logger';
import type { Outbox } from '../outbox/outbox';
import type { SalvageGate } from '../outbox/salvage-quarantined';
import { testDevice } from './device-tests';
import { devicesOf, draftOf, isSameDevice } from './device-options';
import { exportDiagnostics } from './diagnostics';
import { discoverDevices, type DiscoveryPorts } from './discovery/discover-devices';
import { readPcscAtr } from './discovery/pcsc-discovery';
import { readLogTail } from './log-tail';
import type { PaperCounter } from './paper-counter';
import { runReadiness } from './readiness';

export interface TechnicianDeps {
  /** The config the kiosk runs on (base config with the stored devices). */
  readonly config: KioskConfig;
  readonly stored: { readonly revision: number; readonly savedAt: string } | undefined;
  readonly dataDir: string;
  readonly devices: KioskDevices & { readonly countedPrinter: ReceiptPrinter };
  readonly monitor: HealthMonitor;
  readonly outbox: () => Outbox | undefined;
  /** Quarantined outbox files whose lost rows hold payments until acknowledged here. */
  readonly salvage?: SalvageGate;
  readonly audit: AuditLog | undefined;
  /** The signed-in technician's card number. */
  readonly technicianId: () => string;
  readonly paper: PaperCounter;
  readonly syncNow: () => Promise<void>;
  readonly restartApp?: () => void;
  readonly encoderFor: (settings: DeviceDraft['receiptSettings']) => ReceiptEncoder;
  readonly discovery: DiscoveryPorts;
  readonly readAtr?: typeof readPcscAtr;
  readonly version: string;
  readonly now: () => Date;
  readonly logger: Logger;
}

export const technicianFailedEntryAction = 'technician.refused';

export function provideTechnicianMachine(deps: TechnicianDeps) {
  const m = deps.config.maintenance;
  let revision = deps.stored?.revision ?? 0;
  const audit = (action: string, details: AuditDetails = {}) => {
    deps.logger.log('technician.action', { action });
    // Without an audit log there is no technician mode: the action fails and says so.
    if (!deps.audit) throw new Error('technician: the audit log is not available');
    deps.audit.append({ actor: deps.technicianId(), action, details });
  };
  const testDeps = { devices: deps.devices, running: deps.config.devices, encoderFor: deps.encoderFor, kioskId: deps.config.kioskId, now: deps.now, waitMs: m.deviceTestMs, atrWaitMs: m.discoveryMs * 2, readAtr: deps.readAtr ?? readPcscAtr };

  const loadDevices = async (): Promise<DevicesState> => {
    const current = deps.monitor.current();
    const health = Object.fromEntries(techRoles.map((role) => {
      const h = current.get(role);
      return [role, h ? { level: h.level, reason: 'reason' in h ? h.reason : '' } : undefined];
    })) as DevicesState['health'];
    return { ...draftOf(deps.config.devices), health, revision, failedEntries: deps.audit?.count(technicianFailedEntryAction) ?? 0 };
  };

  const changedRoles = (draft: DeviceDraft) => {
    const running = draftOf(deps.config.devices);
    return techRoles.filter((role) => !isSameDevice(draft.assignments[role], running.assignments[role]));
  };

  return technicianMachine.provide({
    actors: {
      loadDevices: fromPromise(loadDevices),
      discoverDevices: fromPromise(async ({ input }: { input: { role: TechRole } }) => {
        const found = await discoverDevices(input.role, deps.discovery);
        audit('device.discovered', { role: input.role, found: found.options.length, problems: found.problems.join(' ') });
        return found;
      }),
      testDevice: fromPromise(async ({ input }: { input: { role: TechRole; option: DeviceOption; draft: DeviceDraft } }) => {
        const result = await testDevice(input.role, input.option, input.draft, testDeps);
        audit('device.tested', { role: input.role, device: input.option.label, outcome: result.outcome, detail: result.detail.key });
        return result;
      }),
      saveConfig: fromPromise(async ({ input }: { input: { draft: DeviceDraft } }) => {
        // The config file names the technician as the audit log does: by pseudonym, never the card number.
        const savedBy = deps.audit?.actorName(deps.technicianId()) ?? 'unknown-card';
        const saved = saveStoredConfig(deps.dataDir, devicesOf(input.draft, deps.config.devices), { savedBy, at: deps.now() });
        if (!saved.ok) {
          const field = saved.error.kind === 'invalid' ? saved.error.field : saved.error.kind;
          const message = saved.error.kind === 'invalid' ? saved.error.message : '';
          audit('config.refused', { field, message });
          return { ok: false as const, field, message };
        }
        revision = saved.value.revision;
        audit('config.saved', { revision, roles: changedRoles(input.draft).join(' '), paperWidthDots: input.draft.receiptSettings.paperWidthDots, codePage: input.draft.receiptSettings.codePage });
        return { ok: true as const, revision };
      }),
      loadOutbox: fromPromise(async (): Promise<OutboxSummary> => {
        const outbox = deps.outbox();
        audit('outbox.viewed');
        const salvage = lostRowsOf(deps.salvage);
        if (!outbox) return { counts: { pending: 0, paid: 0, synced: 0, voided: 0, dead: 0 }, oldestPendingAt: undefined, oldestUnsyncedAt: undefined, dead: [], isAvailable: false, salvage };
        const pending = outbox.list('pending', 1)[0];
        return {
          counts: outbox.counts(),
          oldestPendingAt: pending?.createdAt,
          oldestUnsyncedAt: outbox.oldestUnsyncedPaidAt(),
          dead: outbox.list('dead', 50).map((row) => ({ reference: row.reference, serviceId: row.serviceId, reason: row.reason ?? '', attempts: row.attempts })),
          isAvailable: true,
          salvage,
        };
      }),
      acknowledgeSalvage: fromPromise(async (): Promise<void> => {
        const acknowledged = deps.salvage?.acknowledge() ?? [];
        for (const record of acknowledged) audit('outbox.salvage-acknowledged', { file: record.file, lost: record.lost.length, isCountKnown: record.isCountKnown });
      }),
      retrySync: fromPromise(async (): Promise<void> => {
        audit('outbox.retry');
        await deps.syncNow();
      }),
      loadLogs: fromPromise(async (): Promise<readonly LogLine[]> => {
        audit('logs.viewed');
        return readLogTail(join(deps.dataDir, 'logs'), 200);
      }),
      loadPaper: fromPromise(async () => ({ ...deps.paper.read(), perRoll: m.receiptsPerRoll })),
      resetPaper: fromPromise(async () => {
        audit('paper.reset', { printedBefore: deps.paper.read().printed });
        deps.paper.reset();
        return { ...deps.paper.read(), perRoll: m.receiptsPerRoll };
      }),
      runReadiness: fromPromise(async () => {
        const cardReader = deps.config.devices.cardReader;
        const report = await runReadiness({
          devices: deps.devices,
          cardReaderName: cardReader.kind === 'pcsc' ? cardReader.readerName : undefined,
          isCardReaderPcsc: cardReader.kind === 'pcsc',
          readAtr: testDeps.readAtr,
          atrWaitMs: testDeps.atrWaitMs,
          kioskId: deps.config.kioskId,
          reportsDir: join(deps.dataDir, 'reports'),
          now: deps.now,
        });
        audit('readiness.run', { isReady: report.checks.every((c) => c.level !== 'failed'), isPrinted: report.isPrinted, file: report.savedAs });
        return report;
      }),
      exportDiagnostics: fromPromise(async () => {
        const exported = exportDiagnostics({ config: deps.config, stored: deps.stored, monitor: deps.monitor, outbox: deps.outbox(), paper: deps.paper, version: deps.version, dir: join(deps.dataDir, 'diagnostics'), now: deps.now });
        audit('diagnostics.exported', { file: exported.savedAs, bytes: exported.bytes });
        return exported;
      }),
      restartApp: fromPromise(async (): Promise<void> => {
        // only the Electron shell can start the app again; elsewhere the page says it did not work
        if (!deps.restartApp) throw new Error('technician: no shell to restart the app');
        audit('app.restarted');
        deps.restartApp();
      }),
    },
  });
}

/** What the outbox page shows of each quarantined file that lost rows (seqs, never row contents). */
function lostRowsOf(gate: SalvageGate | undefined): OutboxSummary['salvage'] {
  return (gate?.outstanding() ?? []).map((record) => ({
    file: record.file,
    lost: record.lost.length,
    lostSeqs: record.lost.slice(0, 40).map((row) => row.seq),
    imported: record.imported,
    isCountKnown: record.isHeaderReadable && record.isCountKnown,
  }));
}
