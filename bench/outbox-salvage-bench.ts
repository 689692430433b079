// Salvage of a quarantined outbox (issue 10, rule 4): how long the start takes to bring 10,000
// rows from a damaged file into a fresh outbox, sealed fields checked, in one commit. Two damages:
// the key index (every table page readable: one walk) and one leaf page of the table zeroed
// (walks from both ends, then the seqs between asked for one by one).
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../electron/log/logger';
import { quarantineOutbox } from '../electron/outbox/open-database';
import { openOutbox } from '../electron/outbox/outbox';
import { salvageQuarantined } from '../electron/outbox/salvage-quarantined';
import { pagesOf, sampleTransaction, zeroPages } from '../electron/outbox/test-support';
import { createFieldCipher } from '../electron/secrets/field-cipher';

const rowCount = 10_000;
const runs = 3;
const round = (value: number, digits: number) => Number(value.toFixed(digits));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

export async function outboxSalvageBench(): Promise<Record<string, number>> {
  const folder = mkdtempSync(join(tmpdir(), 'bench-salvage-'));
  const cipher = createFieldCipher(randomBytes(32));
  try {
    const seeded = join(folder, 'seeded.sqlite');
    const outbox = openOutbox(seeded, { fieldCipher: cipher });
    outbox.atomically(() => {
      for (let i = 0; i < rowCount; i += 1) {
        const { key } = outbox.createPending(sampleTransaction({ payload: { itemIds: [`V-${i}`] } }));
        outbox.markPaid(key, { paymentRef: `PAY-${i}`, authCode: 'A1' });
        if (i % 2 === 0) outbox.markSynced(key, { requestId: `REQ-${i}` });
      }
    });
    outbox.close();
    const leaves = pagesOf(seeded, 'transactions', 'leaf');
    const damages = {
      index: pagesOf(seeded, 'sqlite_autoindex_transactions_1', 'leaf'),
      page: [leaves[Math.floor(leaves.length / 2)] ?? 0],
    };

    const timings = { index: [] as number[], page: [] as number[] };
    let lostOnPage = 0;
    for (let run = 0; run < runs; run += 1) {
      for (const damage of ['index', 'page'] as const) {
        const path = join(folder, `${damage}-${run}`, 'outbox.sqlite');
        mkdirSync(join(folder, `${damage}-${run}`));
        copyFileSync(seeded, path);
        zeroPages(path, damages[damage]);
        quarantineOutbox(path);
        const fresh = openOutbox(path, { fieldCipher: cipher });
        const started = performance.now();
        const gate = salvageQuarantined(path, fresh, { now: () => new Date(), logger: silentLogger });
        timings[damage].push((performance.now() - started) / 1000);
        const record = gate.salvagedNow[0];
        if (!record || record.imported + record.lost.length !== rowCount) throw new Error(`salvage accounted for ${record ? record.imported + record.lost.length : 0} of ${rowCount} rows`);
        if (damage === 'page') lostOnPage = record.lost.length;
        fresh.close();
      }
    }
    return {
      outbox_salvage_10k_s: round(median(timings.index), 3),
      outbox_salvage_10k_damaged_page_s: round(median(timings.page), 3),
      outbox_salvage_10k_damaged_page_lost_rows: lostOnPage,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
