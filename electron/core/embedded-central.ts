// `central.url = "embedded"`: the central-service simulator in-process on a free port, so
// `npm start` and `npm run sim` work on a fresh machine with nothing else running. It wants
// signed requests like the real one (the kiosk enrols with it by itself, central-link.ts), and
// with `central.embeddedTls` serves HTTPS with a test CA made in its folder, which the kiosk pins.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startCentral, type RunningCentral } from '../../central/server';
import { ensureTestCa } from '../../central/tls/test-ca';
import type { Logger } from '../log/logger';

export interface EmbeddedCentral {
  readonly url: string;
  readonly control: RunningCentral['control'];
  /** The test CA's PEM when it serves HTTPS. */
  readonly caPem: string | undefined;
  storedTransactionCount(): number;
  /** How many times the central stored this idempotency key (read from its own database). */
  storedCountForKey(key: string): number;
  close(): Promise<void>;
}

export async function startEmbeddedCentral(folder: string, logger?: Logger, options: { isTls?: boolean } = {}): Promise<EmbeddedCentral> {
  mkdirSync(folder, { recursive: true });
  const dbPath = join(folder, 'central.sqlite');
  const ca = options.isTls ? ensureTestCa(join(folder, 'tls')) : undefined;
  const central = await startCentral({ dbPath, port: 0, auth: {}, ...(ca ? { tls: { cert: ca.certPem, key: ca.keyPem } } : {}), ...(logger ? { logger } : {}) });
  const reader = new Database(dbPath, { readonly: true, fileMustExist: true });
  const countForKey = reader.prepare("SELECT COUNT(*) AS n FROM transactions WHERE key = ? AND outcome = 'stored'");
  return {
    url: central.url,
    control: central.control,
    caPem: ca?.caPem,
    storedTransactionCount: () => central.storedTransactionCount(),
    storedCountForKey: (key) => (countForKey.get(key) as { n: number }).n,
    async close() {
      reader.close();
      await central.close();
    },
  };
}
