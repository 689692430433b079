// For maintainers: `npm run central:kiosks -- issue-code <kiosk id> [--valid-hours 24] [--data <folder>]`
// prints a one-time enrolment code for that kiosk; `revoke <kiosk id>` withdraws a kiosk (its
// signed requests get 401 revoked from the next one on). Works on the central's SQLite file
// directly, so it also works while the simulator runs (WAL; it reads credentials per request).
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openEnrolmentTable } from './enrolment-table';

export const kiosksUsage = 'usage: npm run central:kiosks -- issue-code <KIOSK-ID> [--valid-hours 24] [--data <folder>] | revoke <KIOSK-ID> [--data <folder>]';

export function runKiosksCommand(argv: readonly string[], now: Date = new Date()): { exitCode: 0 | 1 | 2; lines: string[] } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { data: { type: 'string', default: './.kiosk-data/central' }, 'valid-hours': { type: 'string', default: '24' } } });
  } catch (cause) {
    return { exitCode: 2, lines: [String(cause instanceof Error ? cause.message : cause), kiosksUsage] };
  }
  const [action, kioskId] = parsed.positionals;
  const hours = Number(parsed.values['valid-hours']);
  if ((action !== 'issue-code' && action !== 'revoke') || !kioskId || !/^[A-Z0-9-]{3,32}$/.test(kioskId) || !(hours > 0 && hours <= 24 * 30)) return { exitCode: 2, lines: [kiosksUsage] };
  const path = join(resolve(parsed.values.data), 'central.sqlite');
  if (!existsSync(path)) return { exitCode: 1, lines: [`no central database at ${path}: start the central once (npm run central) or name its folder with --data`] };
  const db = new Database(path);
  try {
    db.pragma('busy_timeout = 5000');
    const table = openEnrolmentTable(db);
    if (action === 'revoke') {
      return table.revoke(kioskId, now.getTime()) ? { exitCode: 0, lines: [`${kioskId} revoked: it stops taking payments at its next request`] } : { exitCode: 1, lines: [`${kioskId} is not an active enrolled kiosk`] };
    }
    const code = table.issueCode(kioskId, now.getTime(), hours * 3_600_000);
    return { exitCode: 0, lines: [code, `one-time enrolment code for ${kioskId}, valid ${hours} h: on the kiosk, npm run enrol -- ${code} --central <url>`] };
  } finally {
    db.close();
  }
}
