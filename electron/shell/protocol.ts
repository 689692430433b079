// The app:// scheme: privileged like https (secure context, fetch, CSP applies) so pages
// need neither file:// (which grants every local file the same origin) nor a local server.
import { protocol, type Protocol } from 'electron';
import { appScheme } from './app-origin';
import { createAppRequestHandler } from './app-request-handler';
import type { Logger } from '../log/logger';

/** Must run before app 'ready': Chromium fixes scheme privileges at start. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

/** Serves renderer/dist on app://kiosk/ for the given session's protocol (after 'ready'). */
export function serveRenderer(sessionProtocol: Protocol, rootDir: string, logger: Logger): void {
  const handler = createAppRequestHandler({
    rootDir,
    onRefused: (reason) => logger.log('shell.protocol-refused', { reason }),
  });
  sessionProtocol.handle(appScheme, handler);
}
