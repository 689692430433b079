// `npm run enrol -- <code> [--central <url>] [--data <dir>] [--ca <file>] [--config <file>]`:
// the installer types the one-time code a maintainer issued for this kiosk; the kiosk receives
// its id and secret and keeps them sealed in <data>/keys. Pure of process: returns the exit
// code and the lines to print, so the test drives it without spawning.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { enrolKiosk, type EnrolError } from '../central-client/credential-client';
import { createPinnedFetch } from '../central-client/pinned-fetch';
import { describeConfigError, loadConfigFile } from '../config/load-config';
import { defaultDataDir } from '../browser-mode/start-options';
import { keysFolder, openKioskKeys } from '../secrets/kiosk-keys';
import { clearRevocation } from './revocation-marker';

export const enrolUsage = 'usage: npm run enrol -- <code> [--central <https://…>] [--data <folder>] [--ca <ca.pem>] [--config <config.json>]';

export interface EnrolOutcome {
  readonly exitCode: 0 | 1 | 2;
  readonly lines: readonly string[];
}

const explain: Record<EnrolError['kind'], string> = {
  'bad-code': 'that is not an enrolment code (three groups of four letters or digits, e.g. 7K3M-Q9TZ-2B8D)',
  refused: 'the central refused the code: it is unknown or was already used; ask for a new one',
  expired: 'the code has expired; ask for a new one',
  unreachable: 'the central could not be reached (address, network, or its certificate is not from the pinned CA)',
  'bad-response': 'the central answered something that is not an enrolment; check the address',
};

export async function runEnrol(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Promise<EnrolOutcome> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { central: { type: 'string' }, data: { type: 'string' }, ca: { type: 'string' }, config: { type: 'string' } } });
  } catch (cause) {
    return { exitCode: 2, lines: [`enrol: ${cause instanceof Error ? cause.message : String(cause)}`, enrolUsage] };
  }
  const [code, ...extra] = parsed.positionals;
  if (!code || extra.length > 0) return { exitCode: 2, lines: [enrolUsage] };
  const config = parsed.values.config ? loadConfigFile(resolve(parsed.values.config)) : undefined;
  if (config && !config.ok) return { exitCode: 2, lines: [`enrol: ${describeConfigError(config.error)}`] };
  const central = parsed.values.central ?? (config?.ok && config.value.central.url !== 'embedded' ? config.value.central.url : undefined);
  if (!central) return { exitCode: 2, lines: ['enrol: name the central with --central <url> (or a --config whose central.url is not "embedded")', enrolUsage] };
  const dataDir = resolve(parsed.values.data ?? ((config?.ok && config.value.dataDir) || defaultDataDir(env)));
  const caFile = parsed.values.ca ?? (config?.ok ? config.value.central.caFile : undefined);

  const keys = openKioskKeys(dataDir);
  if (!keys.ok) return { exitCode: 1, lines: [`enrol: the keys folder cannot be used (${keys.error.file}: ${keys.error.detail})`] };
  const fetchImpl = caFile ? createPinnedFetch({ caPem: readFileSync(resolve(caFile), 'utf8') }) : fetch;
  const enrolled = await enrolKiosk({ baseUrl: central, code, timeoutMs: 10_000, fetchImpl });
  if (!enrolled.ok) return { exitCode: 1, lines: [`enrol: ${explain[enrolled.error.kind]}`] };
  keys.value.writeCredentials(enrolled.value);
  clearRevocation(dataDir); // new credentials: a revocation of the old ones no longer applies
  return { exitCode: 0, lines: [`enrolled as ${enrolled.value.kioskId}; its secret is sealed in ${keysFolder(dataDir)}`] };
}
