// The diagnostics bundle a technician exports for the vendor: the config without secrets,
// the device health history, versions, queue counts. One JSON file in <dataDir>/diagnostics;
// no personal data (who saved the config is left out).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DiagnosticsExport } from '../../state-machines/technician/technician-types';
import type { KioskConfig } from '../config/schema';
import type { HealthMonitor } from '../health/health-monitor';
import type { Outbox } from '../outbox/outbox';
import type { PaperCounter } from './paper-counter';

const secretKey = /secret|password|passphrase|token|private|signingKey/i;

/** A deep copy with every secret-looking field removed (a kiosk secret, a signing key). */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, secretKey.test(k) ? '[removed]' : withoutSecrets(v)]));
  }
  return value;
}

export interface DiagnosticsDeps {
  readonly config: KioskConfig;
  readonly stored: { readonly revision: number; readonly savedAt: string } | undefined;
  readonly monitor: Pick<HealthMonitor, 'current' | 'history'>;
  readonly outbox: Outbox | undefined;
  readonly paper: PaperCounter;
  readonly version: string;
  readonly dir: string;
  readonly now: () => Date;
}

export function exportDiagnostics(deps: DiagnosticsDeps): DiagnosticsExport {
  const at = deps.now();
  const bundle = {
    generatedAt: at.toISOString(),
    kioskId: deps.config.kioskId,
    versions: { app: deps.version, node: process.versions.node, electron: process.versions.electron ?? null, chrome: process.versions.chrome ?? null, platform: process.platform, arch: process.arch },
    config: withoutSecrets(deps.config),
    storedConfig: deps.stored ?? null,
    health: Object.fromEntries([...deps.monitor.current()].map(([role, health]) => [role, health])),
    healthHistory: deps.monitor.history(),
    outbox: deps.outbox ? { counts: deps.outbox.counts(), oldestUnsyncedPaidAt: deps.outbox.oldestUnsyncedPaidAt() ?? null } : null,
    paper: deps.paper.read(),
  };
  mkdirSync(deps.dir, { recursive: true });
  const savedAs = join(deps.dir, `diagnostics-${at.toISOString().replace(/[:.]/g, '-')}.json`);
  // nothing here names a person: config, device health, counts, versions
  const text = `${JSON.stringify(bundle, null, 2)}\n`;
  writeFileSync(savedAs, text);
  return { savedAs, bytes: Buffer.byteLength(text) };
}
