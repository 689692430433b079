// The device configuration technicians edit, kept in the data folder as a versioned,
// schema-validated file (<dataDir>/kiosk-config.json) over the installer's base config. A save
// is validated first (the field at fault is named and nothing is written), then written
// atomically; the last file that validated is also kept (kiosk-config.last-good.json) so a
// file broken by hand is refused at start and the kiosk runs on the last good one.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { err, ok, type Result } from '../../hardware/result';
import { writeFileAtomically } from './atomic-write';
import { isIssuerMissing, missingIssuerMessage } from './card-config';
import type { ConfigError } from './load-config';
import { DevicesConfig, type KioskConfig } from './schema';

export const storedConfigFile = 'kiosk-config.json';
export const lastGoodConfigFile = 'kiosk-config.last-good.json';

export const StoredConfig = z
  .object({
    /** The file format; a kiosk refuses a version it does not know. */
    version: z.literal(1),
    /** 1 for the first save, one more on each save: the audit log names it. */
    revision: z.number().int().min(1),
    savedAt: z.string(),
    /** The technician's card number. */
    savedBy: z.string().max(40),
    devices: DevicesConfig,
  })
  .strict();
export type StoredConfig = z.infer<typeof StoredConfig>;

export type StoredConfigError = ConfigError;

function firstIssue(error: z.ZodError, prefix = ''): StoredConfigError {
  const issue = error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.join('.') : issue?.code === 'unrecognized_keys' ? issue.keys.join(',') : '(root)';
  return { kind: 'invalid', field: prefix + path, message: issue?.message ?? 'invalid' };
}

function readStored(path: string): Result<StoredConfig, StoredConfigError> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    return code ? err({ kind: 'unreadable', path, reason: code }) : err({ kind: 'not-json', path });
  }
  const parsed = StoredConfig.safeParse(json);
  return parsed.success ? ok(parsed.data) : err(firstIssue(parsed.error));
}

export type LoadedStoredConfig =
  | { readonly kind: 'none' }
  | { readonly kind: 'loaded'; readonly stored: StoredConfig }
  /** The current file was refused; the kiosk runs on the last good one (or the base config). */
  | { readonly kind: 'refused'; readonly error: StoredConfigError; readonly fallback: StoredConfig | undefined };

export function loadStoredConfig(dataDir: string): LoadedStoredConfig {
  const current = join(dataDir, storedConfigFile);
  if (!existsSync(current)) return { kind: 'none' };
  const read = readStored(current);
  if (read.ok) return { kind: 'loaded', stored: read.value };
  const lastGood = join(dataDir, lastGoodConfigFile);
  const fallback = existsSync(lastGood) ? readStored(lastGood) : undefined;
  return { kind: 'refused', error: read.error, fallback: fallback?.ok ? fallback.value : undefined };
}

/** The base config with the technician's devices over it. */
export function withStoredDevices(base: KioskConfig, loaded: LoadedStoredConfig): KioskConfig {
  const stored = loaded.kind === 'loaded' ? loaded.stored : loaded.kind === 'refused' ? loaded.fallback : undefined;
  return stored ? { ...base, devices: stored.devices } : base;
}

/**
 * Validates the devices and writes the next revision. An invalid draft is refused with the
 * field at fault (`devices.receiptPrinter.port`) and the file on disk is left as it was.
 */
export function saveStoredConfig(dataDir: string, devices: unknown, meta: { readonly savedBy: string; readonly at: Date }): Result<StoredConfig, StoredConfigError> {
  const parsed = DevicesConfig.safeParse(devices);
  if (!parsed.success) return err(firstIssue(parsed.error, 'devices.'));
  const previous = loadStoredConfig(dataDir);
  const revision = previous.kind === 'loaded' ? previous.stored.revision + 1 : previous.kind === 'refused' ? (previous.fallback?.revision ?? 0) + 1 : 1;
  const stored: StoredConfig = { version: 1, revision, savedAt: meta.at.toISOString(), savedBy: meta.savedBy, devices: parsed.data };
  const text = `${JSON.stringify(stored, null, 2)}\n`;
  writeFileAtomically(join(dataDir, storedConfigFile), text);
  writeFileAtomically(join(dataDir, lastGoodConfigFile), text);
  return ok(stored);
}

/**
 * At start: the effective config, and what happened to the stored file. A current file that
 * validates becomes the last good one too (it may have been placed there by hand).
 */
export function applyStoredConfig(base: KioskConfig, dataDir: string): { readonly config: KioskConfig; readonly loaded: LoadedStoredConfig } {
  const loaded = loadStoredConfig(dataDir);
  const merged = withStoredDevices(base, loaded);
  // A real reader chosen in technician mode on a kiosk whose base config names no card issuer
  // would trust nobody genuine: the stored devices are refused and the base config runs.
  if (isIssuerMissing(merged.devices.cardReader.kind, merged.card)) {
    return { config: base, loaded: { kind: 'refused', error: { kind: 'invalid', field: 'card.trustedIssuers', message: missingIssuerMessage }, fallback: undefined } };
  }
  if (loaded.kind === 'loaded') {
    const text = `${JSON.stringify(loaded.stored, null, 2)}\n`;
    const lastGood = join(dataDir, lastGoodConfigFile);
    if (!existsSync(lastGood) || readFileSync(lastGood, 'utf8') !== text) writeFileAtomically(lastGood, text);
  }
  return { config: merged, loaded };
}
