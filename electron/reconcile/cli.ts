// `npm run reconcile [-- --data <dir>] [--day YYYY-MM-DD]`: lists every mismatch between the
// terminal's approved payments, the outbox and the central for that day. Exit 1 when any.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readSources } from './read-sources';
import { reconcile } from './reconcile';

const { values } = parseArgs({ options: { data: { type: 'string', default: '.kiosk-data/sim' }, day: { type: 'string', default: new Date().toISOString().slice(0, 10) } } });
const day = values.day;
if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
  console.error('--day must be YYYY-MM-DD');
  process.exit(2);
}
const sources = readSources(resolve(values.data));
const mismatches = reconcile(day, sources);
console.log(JSON.stringify({ day, payments: sources.terminal.length, outboxRows: sources.outbox.length, centralStored: sources.central.length, mismatches }));
process.exit(mismatches.length === 0 ? 0 : 1);
