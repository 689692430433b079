// What `npm run audit:verify` does, as a function tests can call: open the file read-only,
// walk the chain, and say OK or name the first broken row; given the heads the central heard
// (`--central`), also name a log cut short or rewritten since.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDataDir } from '../browser-mode/start-options';
import { describeConfigError, loadConfigFile, parseConfig } from '../config/load-config';
import { describeChainProblem } from './audit-chain';
import { auditFileName, describeAuditOpenError, openAuditDatabase, readAuditRows } from './audit-log';
import { verifyChain } from './audit-chain';
import type { AuditAnchor } from '../central-client/wire';
import { checkAgainstAnchors, describeAnchorProblem } from './anchor-check';

export interface VerifyOutcome {
  readonly exitCode: 0 | 1 | 2;
  readonly message: string;
}

/** `anchors`: the heads the central heard from this kiosk; without them only the chain is checked. */
export function verifyAuditFile(path: string, anchors?: readonly AuditAnchor[]): VerifyOutcome {
  if (!existsSync(path)) return { exitCode: 2, message: `audit:verify: no audit log at ${path}` };
  const opened = openAuditDatabase(path, { isReadOnly: true });
  if (!opened.ok) return { exitCode: 2, message: `audit:verify: ${describeAuditOpenError(opened.error)}` };
  try {
    const verdict = verifyChain(readAuditRows(opened.value));
    if (!verdict.isIntact) return { exitCode: 1, message: `BROKEN at row ${verdict.problem.seq}: ${describeChainProblem(verdict.problem)} in ${path}` };
    const intact = `${verdict.rows} rows, chain intact (last hash ${verdict.lastHash.slice(0, 16)}…)`;
    if (anchors === undefined) return { exitCode: 0, message: `OK: ${intact} in ${path}` };
    const anchored = checkAgainstAnchors(readAuditRows(opened.value), anchors);
    if (!anchored.isAnchored) return { exitCode: 1, message: `${describeAnchorProblem(anchored.problem)} in ${path}` };
    const last = anchored.lastAnchor;
    return { exitCode: 0, message: `OK: ${intact}, ${last ? `matches the central's last anchor at row ${last.rows} (${last.seenAt})` : 'the central has no anchor from this kiosk yet'} in ${path}` };
  } catch (cause) {
    // a file that is not an audit database at all (no table, not SQLite)
    return { exitCode: 2, message: `audit:verify: ${path} is not a readable audit log (${cause instanceof Error ? cause.message : String(cause)})` };
  } finally {
    opened.value.close();
  }
}

/**
 * The kiosk's own audit log: the data folder of the config the kiosk itself would read
 * ($KIOSK_CONFIG, else /etc/moi-kiosk/config.json, else the embedded defaults), or of --config.
 */
export function kioskAuditPath(env: Readonly<Record<string, string | undefined>>, configPath?: string): { readonly path: string; readonly kioskId: string; readonly caFile?: string } | { readonly error: string } {
  const chosen = configPath ?? (env.KIOSK_CONFIG || (existsSync('/etc/moi-kiosk/config.json') ? '/etc/moi-kiosk/config.json' : undefined));
  const loaded = chosen === undefined ? parseConfig({}) : loadConfigFile(chosen);
  if (!loaded.ok) return { error: describeConfigError(loaded.error) };
  const caFile = loaded.value.central.caFile;
  return { path: join(loaded.value.dataDir || defaultDataDir(env), auditFileName), kioskId: loaded.value.kioskId, ...(caFile === undefined ? {} : { caFile }) };
}
