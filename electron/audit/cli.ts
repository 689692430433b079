// `npm run audit:verify [-- --db <file>] [--config <file>]`: checks the technicians' audit
// log's hash chain. Exit 0 and "OK" when intact; exit 1 naming the first broken row; exit 2
// when there is no log to check.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { kioskAuditPath, verifyAuditFile } from './verify-audit-file';

const { values } = parseArgs({ options: { db: { type: 'string' }, config: { type: 'string' } } });
let path: string;
if (values.db !== undefined) {
  path = resolve(values.db);
} else {
  const found = kioskAuditPath(process.env, values.config === undefined ? undefined : resolve(values.config));
  if ('error' in found) {
    process.stderr.write(`audit:verify: ${found.error}\n`);
    process.exit(2);
  }
  path = found.path;
}
const outcome = verifyAuditFile(path);
(outcome.exitCode === 0 ? process.stdout : process.stderr).write(`${outcome.message}\n`);
process.exit(outcome.exitCode);
