// Every browser permission is refused unless the app names it: the kiosk needs no camera,
// microphone, location, notifications, clipboard, USB/HID/serial from the page (devices
// are the main process's job), so the default allow-list is empty.
import type { Session } from 'electron';
import { isAppUrl } from './app-origin';
import type { Logger } from '../log/logger';

export const allowedPermissions: ReadonlySet<string> = new Set<string>();

export function denyPermissions(session: Session, logger: Logger, allowed: ReadonlySet<string> = allowedPermissions): void {
  const isAllowed = (permission: string, origin: string): boolean => allowed.has(permission) && isAppUrl(origin);
  session.setPermissionRequestHandler((contents, permission, callback) => {
    const granted = isAllowed(permission, contents.getURL());
    if (!granted) logger.log('shell.permission-denied', { permission, kind: 'request' });
    callback(granted);
  });
  // Checks are frequent (the page probes before asking): deny without logging each probe.
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isAllowed(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => {
    logger.log('shell.permission-denied', { permission: 'display-capture', kind: 'request' });
    callback({});
  });
}
