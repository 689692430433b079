// Remote content is never loaded: every request the page (or anything in it) makes on a
// network scheme is cancelled before it leaves, whatever the CSP says. The app's own files,
// inline data and blobs, and DevTools (when allowed at all) pass.
import type { Session } from 'electron';
import { schemeOf } from './app-origin';
import type { Logger } from '../log/logger';

const localSchemes: ReadonlySet<string> = new Set(['app', 'data', 'blob', 'devtools']);

export function isLocalRequest(url: string): boolean {
  return localSchemes.has(schemeOf(url));
}

export function blockRemoteContent(session: Session, logger: Logger): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const isLocal = isLocalRequest(details.url);
    if (!isLocal) logger.log('shell.request-blocked', { scheme: schemeOf(details.url), resourceType: details.resourceType });
    callback({ cancel: !isLocal });
  });
}
