// What became of each quarantined outbox file, kept beside it as `<file>.salvage.json` (written
// atomically): its rows are imported once, and rows that could not be brought back keep
// payments stopped until a technician acknowledges them, across restarts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../config/atomic-write';

const LostRow = z.object({ seq: z.number().int(), key: z.string().max(64).optional(), why: z.enum(['unreadable', 'garbled', 'unopenable', 'seq-taken']) });

export const SalvageRecord = z.object({
  version: z.literal(1),
  /** The quarantined file's name (in the outbox's folder). */
  file: z.string(),
  salvagedAt: z.string(),
  /** False when not even the header or schema could be read: how many rows were lost is unknown. */
  isHeaderReadable: z.boolean(),
  /** False when damage hid how many rows the table held (see read-quarantined.ts). */
  isCountKnown: z.boolean(),
  detail: z.string().optional(),
  imported: z.number().int(),
  alreadyPresent: z.number().int(),
  lost: z.array(LostRow),
  durationMs: z.number(),
  /** When a technician acknowledged the lost rows (who is in the audit log, not in this plain file). */
  acknowledged: z.object({ at: z.string() }).optional(),
});
export type SalvageRecord = z.infer<typeof SalvageRecord>;

/** Rows may have been lost and no technician has said they know: no new payment until one does. */
export const isHoldingPayments = (record: SalvageRecord): boolean =>
  record.acknowledged === undefined && (!record.isHeaderReadable || !record.isCountKnown || record.lost.length > 0);

const sidecarOf = (quarantined: string) => `${quarantined}.salvage.json`;

/** Quarantined copies of the outbox at `outboxPath` (see quarantineOutbox), oldest first, with their record if salvaged. */
export function listQuarantined(outboxPath: string): { readonly path: string; readonly record: SalvageRecord | undefined }[] {
  const dir = dirname(outboxPath);
  if (!existsSync(dir)) return [];
  const name = new RegExp(`^${basename(outboxPath).replace(/[.]/g, '\\.')}\\.corrupt-[0-9T-]+Z$`);
  return readdirSync(dir)
    .filter((file) => name.test(file))
    .sort()
    .map((file) => ({ path: join(dir, file), record: readRecord(join(dir, file)) }));
}

function readRecord(quarantined: string): SalvageRecord | undefined {
  const sidecar = sidecarOf(quarantined);
  if (!existsSync(sidecar)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(sidecar, 'utf8'));
  } catch (cause) {
    // written atomically, so a half file cannot happen; a damaged one is salvaged again (idempotent)
    if (cause instanceof SyntaxError) return undefined;
    throw cause;
  }
  const parsed = SalvageRecord.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

export function writeRecord(quarantined: string, record: SalvageRecord): void {
  writeFileAtomically(sidecarOf(quarantined), `${JSON.stringify(record, null, 2)}\n`);
}
