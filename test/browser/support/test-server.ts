// One kiosk page server for a browser test: the built renderer and the WebSocket bridge in
// front of a kiosk core (the real one or a fake), with a memory logger to assert on.
import { createMemoryLogger } from '../../../electron/log/logger';
import { ensureRendererBuilt, rendererDistDir } from '../../../electron/browser-mode/renderer-build';
import type { KioskPort } from '../../../electron/core/kiosk-port';
import { startWsBridge, type DevTarget, type WsBridge } from '../../../electron/bridge/ws-server';

export interface TestServer {
  readonly bridge: WsBridge;
  readonly logger: ReturnType<typeof createMemoryLogger>;
  close(): Promise<void>;
}

export async function startTestServer(port: KioskPort, dev: DevTarget | undefined, logger = createMemoryLogger()): Promise<TestServer> {
  await ensureRendererBuilt();
  const bridge = await startWsBridge({ port, logger, staticDir: rendererDistDir, ...(dev ? { dev } : {}) });
  return { bridge, logger, close: () => bridge.close() };
}
