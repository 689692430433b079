// What the kiosk's QR code says: which kiosk asks and which challenge. The app sends both back
// with its approval, so a code carried to (or relayed from) another kiosk is refused.
import { KioskId, LoginToken } from '../../electron/central-client/login-wire';

const scheme = 'moi-app:';
const action = 'kiosk-login';

export interface LoginCode {
  readonly kioskId: string;
  readonly challengeId: string;
}

export function formatQrText(code: LoginCode): string {
  return `${scheme}//${action}?${new URLSearchParams({ kiosk: code.kioskId, challenge: code.challengeId }).toString()}`;
}

/** The QR text back into its parts; undefined for anything that is not a kiosk login code. */
export function parseQrText(text: string): LoginCode | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    // Not a URL at all: not one of our codes.
    return undefined;
  }
  if (url.protocol !== scheme || url.host !== action) return undefined;
  const kioskId = KioskId.safeParse(url.searchParams.get('kiosk'));
  const challengeId = LoginToken.safeParse(url.searchParams.get('challenge'));
  return kioskId.success && challengeId.success ? { kioskId: kioskId.data, challengeId: challengeId.data } : undefined;
}
