// Everything the kiosk core adds for upkeep, built in one place for createKiosk: the stored
// device config, the health monitor (availability follows it), heartbeats to the central, the
// paper counter, the audit log and technician mode's actors.
import { join } from 'node:path';
import { createReceiptEncoder } from '../../hardware/printer/receipt-job';
import { checkReceiptFonts } from '../../hardware/printer/receipt-fonts';
import type { ReceiptPrinter } from '../../hardware/printer/contract';
import type { DeviceRole } from '../../state-machines/services/definition';
import type { SessionEmitted } from '../../state-machines/session/session-types';
import { auditFileName, describeAuditOpenError, openAuditLog, type AuditLog } from '../audit/audit-log';
import type { HeartbeatSender } from '../central-client/contract';
import { applyStoredConfig, type LoadedStoredConfig } from '../config/config-store';
import type { KioskConfig } from '../config/schema';
import type { KioskDevices } from '../core/devices';
import { findAppVersion } from '../health/app-version';
import { healthSourcesOf } from '../health/device-sources';
import { createHealthMonitor, type HealthMonitor } from '../health/health-monitor';
import { startHeartbeats, type Heartbeats } from '../health/heartbeat';
import type { Logger } from '../log/logger';
import type { Outbox } from '../outbox/outbox';
import type { SalvageGate } from '../outbox/salvage-quarantined';
import { listCupsQueues } from './discovery/cups-queues';
import { listHidDevices } from './discovery/hid-devices';
import { listPrinterDeviceFiles, listSerialPorts } from './discovery/local-ports';
import { listPcscReaders } from './discovery/pcsc-discovery';
import { probeTcpPrinters } from './discovery/tcp-probe';
import { countingPrinter, openPaperCounter } from './paper-counter';
import { provideTechnicianMachine, technicianFailedEntryAction } from './technician-actors';

const serviceRoles: readonly string[] = ['card-reader', 'receipt-printer', 'payment', 'a4-printer', 'scanner'] satisfies DeviceRole[];

/** The base config with the technician's stored devices over it; a refused file is logged with its field. */
export function effectiveConfig(base: KioskConfig, dataDir: string, logger: Logger): { readonly config: KioskConfig; readonly loaded: LoadedStoredConfig } {
  const applied = applyStoredConfig(base, dataDir);
  const loaded = applied.loaded;
  if (loaded.kind === 'loaded') logger.log('config.stored-loaded', { revision: loaded.stored.revision });
  if (loaded.kind === 'refused') {
    const field = loaded.error.kind === 'invalid' ? loaded.error.field : loaded.error.kind;
    logger.log('config.stored-refused', { field, usingRevision: loaded.fallback?.revision ?? 0 });
  }
  return applied;
}

export interface MaintenanceDeps {
  readonly config: KioskConfig;
  readonly loaded: LoadedStoredConfig;
  readonly dataDir: string;
  readonly devices: KioskDevices;
  readonly outbox: () => Outbox | undefined;
  /** Quarantined outbox files salvaged at start: written to the audit log, acknowledged by a technician. */
  readonly salvage?: SalvageGate | undefined;
  readonly heartbeat: HeartbeatSender;
  readonly technicianId: () => string;
  readonly onHealthChange: () => void;
  readonly syncNow: () => Promise<void>;
  /** Given by the Electron shell; without it (browser mode, tests) restart says it cannot. */
  readonly restartApp?: () => void;
  readonly version?: string;
  readonly now: () => Date;
  readonly logger: Logger;
}

export interface Maintenance {
  readonly monitor: HealthMonitor;
  /** The receipt printer as the session uses it: each receipt counts on the paper roll. */
  readonly printer: ReceiptPrinter;
  readonly technician: ReturnType<typeof provideTechnicianMachine>;
  readonly audit: AuditLog | undefined;
  /** Roles whose failure turns services off (the keypad is an aid, not a requirement). */
  failedServiceRoles(): DeviceRole[];
  /** Writes what the session reports about technician cards to the audit log. */
  record(event: SessionEmitted): void;
  beatNow(): Promise<boolean>;
  start(): void;
  stop(): void;
}

export function createMaintenance(deps: MaintenanceDeps): Maintenance {
  const { config, logger, now } = deps;
  const version = deps.version ?? findAppVersion();
  const opened = openAuditLog(join(deps.dataDir, auditFileName), { now });
  if (!opened.ok) logger.log('audit.failed', { reason: describeAuditOpenError(opened.error) });
  const audit = opened.ok ? opened.value : undefined;
  for (const record of deps.salvage?.salvagedNow ?? []) {
    const lostSeqs = record.lost.slice(0, 40).map((row) => row.seq).join(' ');
    audit?.append({ actor: 'kiosk', action: 'outbox.salvaged', details: { file: record.file, imported: record.imported, alreadyPresent: record.alreadyPresent, lost: record.lost.length, lostSeqs, isHeaderReadable: record.isHeaderReadable, isCountKnown: record.isCountKnown } });
  }

  const monitor = createHealthMonitor({ sources: healthSourcesOf(deps.devices), pollMs: config.health.printerPollMs, historySize: config.health.historySize, now, logger, onChange: deps.onHealthChange });
  const paper = openPaperCounter(deps.dataDir, now);
  const printer = countingPrinter(deps.devices.printer, paper);
  const fonts = checkReceiptFonts(config.languages);
  const stored = deps.loaded.kind === 'loaded' ? deps.loaded.stored : deps.loaded.kind === 'refused' ? deps.loaded.fallback : undefined;
  const m = config.maintenance;

  const technician = provideTechnicianMachine({
    config,
    stored: stored ? { revision: stored.revision, savedAt: stored.savedAt } : undefined,
    dataDir: deps.dataDir,
    devices: { ...deps.devices, countedPrinter: printer },
    monitor,
    outbox: deps.outbox,
    ...(deps.salvage ? { salvage: deps.salvage } : {}),
    audit,
    technicianId: deps.technicianId,
    paper,
    syncNow: deps.syncNow,
    ...(deps.restartApp ? { restartApp: deps.restartApp } : {}),
    encoderFor: (settings) => createReceiptEncoder({ ...(fonts.ok ? { fonts: fonts.value } : {}), settings: { ...config.devices.receiptSettings, paperWidthDots: settings.paperWidthDots }, isRasterOnly: settings.codePage === 'none' }),
    discovery: {
      pcscReaders: () => listPcscReaders(m.discoveryMs),
      tcpPrinters: () => probeTcpPrinters(m.tcpPrinterProbes, m.probeTimeoutMs),
      printerDeviceFiles: () => listPrinterDeviceFiles(),
      serialPorts: () => listSerialPorts(),
      cupsQueues: () => listCupsQueues(m.cupsServer, m.probeTimeoutMs * 4),
      hidDevices: listHidDevices,
    },
    version,
    now,
    logger,
  });

  let heartbeats: Heartbeats | undefined;
  const record = (event: SessionEmitted) => {
    switch (event.type) {
      case 'technician.entered':
      case 'technician.exited':
        logger.log(event.type, {});
        audit?.append({ actor: event.technicianId, action: event.type });
        break;
      case 'technician.refused':
        logger.log('technician.refused', { reason: event.reason, triesLeft: event.triesLeft });
        audit?.append({ actor: event.technicianId, action: technicianFailedEntryAction, details: { reason: event.reason, triesLeft: event.triesLeft } });
        break;
      case 'card.refused':
        logger.log('technician.refused', { reason: event.reason });
        // a card that fails authentication may be a clone of a technician's: counted with the refusals
        audit?.append({ actor: 'unknown-card', action: technicianFailedEntryAction, details: { reason: event.reason } });
        break;
    }
  };

  return {
    monitor,
    printer,
    technician,
    audit,
    failedServiceRoles: () => monitor.failedRoles().filter((role): role is DeviceRole => serviceRoles.includes(role)),
    record,
    beatNow: () => heartbeats?.beatNow() ?? Promise.resolve(false),
    start() {
      monitor.start();
      heartbeats = startHeartbeats({ sender: deps.heartbeat, intervalMs: config.health.heartbeatMs, version, monitor, outbox: deps.outbox, auditHead: () => audit?.head(), now, logger });
    },
    stop() {
      heartbeats?.stop();
      monitor.stop();
      audit?.close();
    },
  };
}
