// The real kiosk core (createKiosk) on simulated devices and the embedded central, in a
// temporary data folder, for browser tests that walk the actual machines.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devTargetFor } from '../../../electron/browser-mode/dev-target';
import { parseConfig } from '../../../electron/config/load-config';
import type { KioskConfigInput } from '../../../electron/config/schema';
import { createKiosk, type Kiosk, type KioskOptions } from '../../../electron/core/create-kiosk';
import { createMemoryLogger } from '../../../electron/log/logger';
import { startTestServer, type TestServer } from './test-server';

export interface RealKioskServer extends TestServer {
  readonly kiosk: Kiosk;
}

/** `options`: fault hooks, the sync timer, a clock… (the data folder and the logger are the test's). */
export async function startRealKiosk(overrides: KioskConfigInput = {}, options: Omit<KioskOptions, 'dataDir' | 'logger'> = {}): Promise<RealKioskServer> {
  const config = parseConfig(overrides);
  if (!config.ok) throw new Error(`test config refused: ${JSON.stringify(config.error)}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-browser-'));
  const logger = createMemoryLogger();
  const kiosk = await createKiosk(config.value, { ...options, dataDir, logger });
  const server = await startTestServer(kiosk, devTargetFor(kiosk.simulators), logger);
  return {
    ...server,
    kiosk,
    async close() {
      await server.close();
      await kiosk.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
