// The app's own origin. Pages come only from app://kiosk/ (served from renderer/dist by
// protocol.ts), so "is this ours?" is one comparison, shared by navigation and IPC checks.
export const appScheme = 'app';
export const appHost = 'kiosk';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/** True only for a well-formed URL on exactly our scheme and host (no user info, no port). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false; // not a URL at all: certainly not ours
  }
  return parsed.protocol === `${appScheme}:` && parsed.host === appHost && parsed.username === '' && parsed.password === '';
}

/** The scheme of a URL, for logs: never the path or query (they may carry personal data). */
export function schemeOf(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  return match?.[1]?.toLowerCase() ?? '(none)';
}
