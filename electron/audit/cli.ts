// `npm run audit:verify [-- --db <file>] [--config <file>] [--central <url> [--kiosk <id>] [--ca <file>]]`:
// checks the technicians' audit log's hash chain and, with --central, that the log still
// holds every head the central heard in heartbeats (nothing cut off or rewritten since).
// Exit 0 and "OK" when intact; exit 1 naming the first broken row, or the anchor the log
// falls short of; exit 2 when there is no log to check or the central cannot answer.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createPinnedFetch } from '../central-client/pinned-fetch';
import { describeAnchorFetchError, fetchAuditAnchors } from './fetch-anchors';
import { kioskAuditPath, verifyAuditFile } from './verify-audit-file';

const { values } = parseArgs({ options: { db: { type: 'string' }, config: { type: 'string' }, central: { type: 'string' }, kiosk: { type: 'string' }, ca: { type: 'string' } } });

function fail(message: string): never {
  process.stderr.write(`audit:verify: ${message}\n`);
  process.exit(2);
}

const found = kioskAuditPath(process.env, values.config === undefined ? undefined : resolve(values.config));
// --db alone needs no config; --central needs the kiosk id, from --kiosk or the config
if ('error' in found && (values.db === undefined || (values.central !== undefined && values.kiosk === undefined))) fail(found.error);
const path = values.db !== undefined ? resolve(values.db) : 'path' in found ? found.path : fail('no audit log path');
let anchors;
if (values.central !== undefined) {
  const kioskId = values.kiosk ?? ('kioskId' in found ? found.kioskId : fail('no kiosk id'));
  // the central's certificate is checked against the CA the kiosk pins (central.caFile), as the kiosk's own requests are
  const caFile = values.ca ?? ('caFile' in found ? found.caFile : undefined);
  const fetchImpl = caFile === undefined ? fetch : createPinnedFetch({ caPem: readFileSync(resolve(caFile), 'utf8') });
  const fetched = await fetchAuditAnchors(values.central, kioskId, fetchImpl);
  if (!fetched.ok) fail(describeAnchorFetchError(fetched.error, values.central));
  anchors = fetched.value;
}
const outcome = verifyAuditFile(path, anchors);
(outcome.exitCode === 0 ? process.stdout : process.stderr).write(`${outcome.message}\n`);
process.exit(outcome.exitCode);
