// One kiosk per machine: two copies would fight over the card reader, the printer and the
// outbox. A second start is refused (it quits) and the first window is brought forward.
import type { App, BrowserWindow } from 'electron';
import type { Logger } from '../log/logger';

/** False when another copy already runs: the caller must quit without opening anything. */
export function claimSingleInstance(app: App, logger: Logger, getWindow: () => BrowserWindow | undefined): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    logger.log('shell.second-instance', {});
    const window = getWindow();
    if (window === undefined || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  return true;
}
