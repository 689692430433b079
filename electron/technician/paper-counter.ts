// How many receipts the fitted roll has given, kept in <dataDir>/paper-roll.json so it
// survives restarts; a technician resets it when fitting a new roll. Counting wraps the
// printer, so every receipt that prints counts, whoever asked for it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ReceiptPrinter } from '../../hardware/printer/contract';
import { writeFileAtomically } from '../config/atomic-write';

const PaperFile = z.object({ printed: z.number().int().min(0), since: z.string() });

export interface PaperCounter {
  read(): { readonly printed: number; readonly since: string };
  add(receipts: number): void;
  reset(): void;
}

export function openPaperCounter(dataDir: string, now: () => Date): PaperCounter {
  const path = join(dataDir, 'paper-roll.json');
  const load = () => {
    if (!existsSync(path)) return { printed: 0, since: now().toISOString() };
    try {
      const parsed = PaperFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      if (parsed.success) return parsed.data;
    } catch {
      // a half-written or hand-edited file: start a fresh count rather than stop printing
    }
    return { printed: 0, since: now().toISOString() };
  };
  let state = load();
  const save = () => writeFileAtomically(path, `${JSON.stringify(state)}\n`);
  return {
    read: () => ({ ...state }),
    add(receipts) {
      state = { ...state, printed: state.printed + receipts };
      save();
    },
    reset() {
      state = { printed: 0, since: now().toISOString() };
      save();
    },
  };
}

/** The same printer, counting each receipt that printed. */
export function countingPrinter(printer: ReceiptPrinter, counter: Pick<PaperCounter, 'add'>): ReceiptPrinter {
  return {
    status: () => printer.status(),
    async print(receipt) {
      const printed = await printer.print(receipt);
      if (printed.ok) counter.add(1);
      return printed;
    },
    health: () => printer.health(),
    close: () => printer.close(),
  };
}
