// The real kiosk core (createKiosk) on simulated devices and the embedded central, in a
// temporary data folder, for browser tests that walk the actual machines.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { devTargetFor } from '../../../electron/browser-mode/dev-target';
import { parseConfig } from '../../../electron/config/load-config';
import type { KioskConfigInput } from '../../../electron/config/schema';
import { createKiosk, type Kiosk, type KioskOptions } from '../../../electron/core/create-kiosk';
import { createMemoryLogger } from '../../../electron/log/logger';
import { launchChromium, type TestBrowser } from './chromium';
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

export interface RealKioskInBrowser {
  /** One Chromium for the whole file. */
  readonly browser: TestBrowser;
  /** The kiosk of the running test, if it started one (for hooks and keypad helpers). */
  readonly server: RealKioskServer | undefined;
  /** Starts this test's kiosk; it is closed after the test. */
  start(overrides?: KioskConfigInput, options?: Omit<KioskOptions, 'dataDir' | 'logger'>): Promise<RealKioskServer>;
}

/**
 * The lifecycle of a browser test on the real kiosk core, registered in the calling describe:
 * Chromium launched once and closed at the end, a fresh kiosk per test closed after it.
 */
export function realKioskInBrowser(): RealKioskInBrowser {
  const held: { browser?: TestBrowser; server?: RealKioskServer } = {};
  beforeAll(async () => {
    held.browser = await launchChromium();
  });
  afterEach(async () => {
    await held.server?.close();
    held.server = undefined;
  });
  afterAll(async () => {
    await held.browser?.close();
  });
  return {
    get browser() {
      if (!held.browser) throw new Error('Chromium is launched in beforeAll: use the browser inside a test');
      return held.browser;
    },
    get server() {
      return held.server;
    },
    async start(overrides, options) {
      held.server = await startRealKiosk(overrides, options);
      return held.server;
    },
  };
}
