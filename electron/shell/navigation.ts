// Keeps every web contents on app://: navigations and redirects elsewhere are refused, no
// frame but the main one navigates at all, new windows are denied, <webview> cannot attach.
// Nothing is ever handed to shell.openExternal: a kiosk has no other browser to send to.
import type { WebContents } from 'electron';
import { isAppUrl, schemeOf } from './app-origin';
import type { Logger } from '../log/logger';

interface NavigationAttempt {
  readonly url: string;
  readonly isMainFrame: boolean;
  preventDefault(): void;
}

export function restrictNavigation(contents: WebContents, logger: Logger): void {
  const keepInApp = (kind: 'navigate' | 'redirect' | 'frame') => (attempt: NavigationAttempt) => {
    if (attempt.isMainFrame && isAppUrl(attempt.url)) return;
    attempt.preventDefault();
    logger.log('shell.navigation-blocked', { kind, scheme: schemeOf(attempt.url), isMainFrame: attempt.isMainFrame });
  };
  contents.on('will-navigate', keepInApp('navigate'));
  contents.on('will-frame-navigate', keepInApp('frame'));
  contents.on('will-redirect', keepInApp('redirect'));
  contents.setWindowOpenHandler(({ url }) => {
    logger.log('shell.window-open-denied', { scheme: schemeOf(url) });
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logger.log('shell.navigation-blocked', { kind: 'webview', scheme: '(none)', isMainFrame: false });
  });
}
