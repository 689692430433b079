// Where a person may change language during a session: every screen that waits for them,
// app sign-in included (who signs in with the app never sees the language screen). Not on
// attract or the language screen (both list every language already), not out of service, not
// in technician mode, and not while the kiosk is busy (reading the card, paying, printing):
// the screen would change under the list.
import type { ScreenId, View } from '../bridge/contract';

const switchScreens = new Set<ScreenId>([
  'app-signin', 'insert-card', 'pin', 'card-blocked', 'menu', 'subject', 'items', 'form', 'review', 'ineligible', 'payment-failed', 'info', 'document-problem', 'take-card', 'error',
]);

export function languageSwitchOf(screen: ScreenId, languages: readonly string[], isOpen: boolean): Pick<View, 'languageSwitch'> {
  return switchScreens.has(screen) && languages.length > 1 ? { languageSwitch: { isOpen } } : {};
}
