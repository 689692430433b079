// `central.url = "embedded"`: the central-service simulator in-process on a free port, so
// `npm start` and `npm run sim` work on a fresh machine with nothing else running.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startCentral, type RunningCentral } from '../../central/server';
import type { Logger } from '../log/logger';

export interface EmbeddedCentral {
  readonly url: string;
  readonly control: RunningCentral['control'];
  storedTransactionCount(): number;
  /** How many times the central stored this idempotency key (read from its own database). */
  storedCountForKey(key: string): number;
  close(): Promise<void>;
}

export async function startEmbeddedCentral(folder: string, logger?: Logger): Promise<EmbeddedCentral> {
  mkdirSync(folder, { recursive: true });
  const dbPath = join(folder, 'central.sqlite');
  const central = await startCentral({ dbPath, port: 0, ...(logger ? { logger } : {}) });
  const reader = new Database(dbPath, { readonly: true, fileMustExist: true });
  const countForKey = reader.prepare("SELECT COUNT(*) AS n FROM transactions WHERE key = ? AND outcome = 'stored'");
  return {
    url: central.url,
    control: central.control,
    storedTransactionCount: () => central.storedTransactionCount(),
    storedCountForKey: (key) => (countForKey.get(key) as { n: number }).n,
    async close() {
      reader.close();
      await central.close();
    },
  };
}
