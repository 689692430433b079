// Fixture views with this session's accessibility settings, and which languages the kiosk has.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { View } from '../../../electron/bridge/contract';
import { repoRoot } from '../../../electron/browser-mode/renderer-build';
import { fixtureViews, type Fixture } from './fixture-views';
import { layoutForField } from '../../../locales/keyboard/layouts';

export type A11y = NonNullable<View['a11y']>;
export const defaultA11y: A11y = { theme: 'standard', textScale: 1, layout: 'standard', isTimeExtended: false, isSpeechOn: false, volume: 6, rate: 1, isMenuOpen: false, isKeyHelpOn: false };

/** Every language with screen texts in locales/. */
export function availableLanguages(): string[] {
  return readdirSync(join(repoRoot, 'locales')).filter((name) => existsSync(join(repoRoot, 'locales', name, 'screens.json'))).sort();
}

export function withA11y(view: View, settings: Partial<A11y>): View {
  return { ...view, a11y: { ...defaultA11y, ...settings } };
}

/** Screens for technicians, not the public: outside issue 12's checks. */
const staffOnlyScreens: ReadonlySet<string> = new Set(['technician']);

/** Every fixture screen, plus the settings overlay over a list and over the PIN screen. */
export function a11yFixtures(language: string, settings: Partial<A11y> = {}): Fixture[] {
  const fixtures = fixtureViews(language).filter((fixture) => !staffOnlyScreens.has(fixture.view.screen));
  const byName = new Map(fixtures.map((fixture) => [fixture.name, fixture.view]));
  const extra: Fixture[] = [];
  const items = byName.get('items');
  const pin = byName.get('pin');
  if (items) extra.push({ name: 'settings-over-items', view: withA11y(items, { ...settings, isMenuOpen: true, isSpeechOn: true }) });
  if (pin) extra.push({ name: 'settings-over-pin', view: withA11y(pin, { ...settings, isMenuOpen: true }) });
  const form = byName.get('form');
  if (form) extra.push({ name: 'form-keypad-typing', view: withA11y(keypadTyping(form, language), { ...settings, isSpeechOn: true }) });
  const attract = byName.get('attract');
  if (attract) extra.push({ name: 'attract-speech-on', view: withA11y(attract, { ...settings, isSpeechOn: true }) });
  return [...fixtures.map((fixture) => ({ name: fixture.name, view: withA11y(fixture.view, settings) })), ...extra];
}

/** The form with the tactile keypad typing an address on the kiosk keyboard, a key in the second row focused. */
function keypadTyping(form: View, language: string): View {
  const address = { name: 'address', label: { key: 'services:residence-renewal.field.address', values: {} }, kind: 'address' as const, value: language === 'ar' ? 'فيلا 7' : 'Villa 7', maxLength: 160 };
  return { ...form, form: [...(form.form ?? []), address], keypadTyping: { field: 'address', layout: layoutForField('address', language), isShifted: false, caret: address.value.length }, focus: { control: 'key-1-2' } };
}
