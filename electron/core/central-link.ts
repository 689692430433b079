// How this kiosk reaches the central: the transport (HTTPS pinned to one CA when the config
// names it), its identity and secret (enrolled once with `npm run enrol`, sealed at rest; with
// the embedded central it enrols by itself), and what the central's answers say about it: a
// revoked kiosk stops taking money and says so on the menu, from the first screen after a
// restart too (the revocation is remembered in the data folder until re-enrolment).
import { readFileSync } from 'node:fs';
import { err, ok, type Result } from '../../hardware/result';
import type { CentralError } from '../../state-machines/domain';
import type { KioskConfig } from '../config/schema';
import type { CentralClient, HeartbeatSender } from '../central-client/contract';
import { createCredentialClient, enrolKiosk, type CredentialClient } from '../central-client/credential-client';
import { createHttpCentralClient } from '../central-client/http-central-client';
import { createPinnedFetch } from '../central-client/pinned-fetch';
import { watchRevocation } from '../central-client/revocation-watch';
import { clearRevocation, readRevocation, writeRevocation } from '../enrolment/revocation-marker';
import type { Logger } from '../log/logger';
import type { KioskCredentials, KioskKeys } from '../secrets/kiosk-keys';
import type { EmbeddedCentral } from './embedded-central';

/** Why the central side keeps this kiosk from taking money. */
export type CentralStop = 'not-enrolled' | 'revoked';

export interface CentralLink {
  readonly baseUrl: string;
  readonly kioskId: string;
  readonly fetchImpl: typeof fetch;
  /** The current secret (rotation replaces it); undefined before enrolment. */
  readonly secret: () => string | undefined;
  readonly client: CentralClient & HeartbeatSender;
  readonly credentials: CredentialClient;
  stopReason(): CentralStop | undefined;
  /** Called whenever stopReason() changes. */
  onChange(listener: () => void): void;
  /** Asks the central for a new secret and stores it sealed before using it. */
  rotateSecret(): Promise<Result<void, CentralError | { readonly kind: 'not-enrolled' }>>;
}

export interface LinkDependencies {
  /** Undefined when the keys folder cannot be used: the kiosk then runs unenrolled. */
  readonly keys: KioskKeys | undefined;
  readonly embedded: EmbeddedCentral | undefined;
  readonly logger: Logger;
  /** Where a revocation is remembered across restarts; without it, it is learned again each run. */
  readonly dataDir?: string;
  readonly now?: () => Date;
}

export async function linkToCentral(config: KioskConfig, deps: LinkDependencies): Promise<CentralLink> {
  const { logger, keys, embedded } = deps;
  const baseUrl = embedded?.url ?? config.central.url;
  const timeoutMs = config.central.requestTimeoutMs;
  const caPem = embedded ? embedded.caPem : config.central.caFile ? readCaFile(config.central.caFile) : undefined;
  const transport = caPem ? createPinnedFetch({ caPem, onCertificateRefused: (code) => logger.log('central.tls-refused', { code }) }) : fetch;

  let credentials = keys?.readCredentials();
  if (embedded && keys) credentials = await enrolWithEmbedded(embedded, keys, credentials, { kioskId: config.kioskId, timeoutMs, fetchImpl: transport, logger });
  if (credentials && credentials.kioskId !== config.kioskId) logger.log('enrolment.changed', { step: 'id-from-enrolment', configured: config.kioskId, enrolled: credentials.kioskId });
  if (!credentials) logger.log('enrolment.changed', { step: 'not-enrolled' });

  const listeners = new Set<() => void>();
  const remembered = deps.dataDir ? readRevocation(deps.dataDir, credentials) : ({ kind: 'none' } as const);
  if (remembered.kind === 'cleared-by-enrolment') logger.log('enrolment.changed', { step: 'revocation-cleared-by-enrolment' });
  else if (remembered.kind !== 'none') logger.log('enrolment.changed', { step: 'revoked-at-start', marker: remembered.kind });
  let isRevoked = remembered.kind === 'revoked' || remembered.kind === 'unreadable';
  const setRevoked = (next: boolean) => {
    if (next === isRevoked) return;
    isRevoked = next;
    logger.log('enrolment.changed', { step: next ? 'revoked' : 'accepted-again' });
    if (deps.dataDir) rememberRevocation(deps.dataDir, next ? credentials : undefined, (deps.now ?? (() => new Date()))(), logger);
    for (const listener of listeners) listener();
  };
  const fetchImpl = watchRevocation(transport, { onRevoked: () => setRevoked(true), onAccepted: () => setRevoked(false) });
  const kioskId = credentials?.kioskId ?? config.kioskId;
  const secret = () => credentials?.secret;
  const client = createHttpCentralClient({ baseUrl, kioskId, timeoutMs, fetchImpl, secret, logger });
  const credentialClient = createCredentialClient({ baseUrl, kioskId, timeoutMs, fetchImpl, secret });

  return {
    baseUrl, kioskId, fetchImpl, secret, client, credentials: credentialClient,
    stopReason: () => (!credentials ? 'not-enrolled' : isRevoked ? 'revoked' : undefined),
    onChange: (listener) => void listeners.add(listener),
    async rotateSecret() {
      if (!credentials || !keys) return err({ kind: 'not-enrolled' });
      const rotated = await credentialClient.rotateSecret();
      if (!rotated.ok) return rotated;
      // Sealed on disk first: a crash now leaves the new secret stored, and the old one still
      // works at the central until the new one is first used.
      keys.writeCredentials({ kioskId: credentials.kioskId, secret: rotated.value });
      credentials = { kioskId: credentials.kioskId, secret: rotated.value };
      logger.log('enrolment.changed', { step: 'rotated' });
      return ok();
    },
  };
}

/**
 * The embedded central is this kiosk's own: when it does not know the stored secret (a fresh
 * data folder, or its database was removed), the kiosk asks it for a code and enrols. A revoked
 * kiosk stays revoked: only a maintainer's new code re-admits it.
 */
async function enrolWithEmbedded(
  embedded: EmbeddedCentral,
  keys: KioskKeys,
  stored: KioskCredentials | undefined,
  options: { kioskId: string; timeoutMs: number; fetchImpl: typeof fetch; logger: Logger },
): Promise<KioskCredentials | undefined> {
  const state = stored && stored.kioskId === options.kioskId ? embedded.control.credentialState(stored.kioskId, stored.secret) : 'unknown';
  if (state !== 'unknown') return stored;
  const code = embedded.control.issueEnrolmentCode(options.kioskId, 60_000);
  const enrolled = await enrolKiosk({ baseUrl: embedded.url, code, timeoutMs: options.timeoutMs, fetchImpl: options.fetchImpl });
  if (!enrolled.ok) {
    options.logger.log('enrolment.changed', { step: 'failed', kind: enrolled.error.kind });
    return stored;
  }
  keys.writeCredentials(enrolled.value);
  options.logger.log('enrolment.changed', { step: 'enrolled', central: 'embedded' });
  return enrolled.value;
}

/** Kept on disk (atomically) so a restart starts revoked; a disk that refuses is logged and the kiosk stays revoked for this run. */
function rememberRevocation(dataDir: string, revoked: KioskCredentials | undefined, at: Date, logger: Logger): void {
  try {
    if (revoked) writeRevocation(dataDir, revoked, at);
    else clearRevocation(dataDir);
  } catch (cause) {
    logger.log('enrolment.changed', { step: 'revocation-not-stored', code: (cause as NodeJS.ErrnoException).code ?? 'unknown' });
  }
}

/** A configured CA that cannot be read stops the start with the file named: the kiosk must not fall back to trusting anyone. */
function readCaFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (cause) {
    throw new Error(`central.caFile ${path} cannot be read (${cause instanceof Error ? ((cause as NodeJS.ErrnoException).code ?? cause.message) : String(cause)})`);
  }
}
