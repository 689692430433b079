// Browser tests of technician mode: the real kiosk core on simulators in a data folder the
// test owns (so a second core can start on it, as after a restart), and the steps a
// technician's fingers take on the page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { CardHolderName } from '../../../central/seed/people';
import { devTargetFor } from '../../../electron/browser-mode/dev-target';
import { parseConfig } from '../../../electron/config/load-config';
import type { KioskConfigInput } from '../../../electron/config/schema';
import { createKiosk, type Kiosk } from '../../../electron/core/create-kiosk';
import { createMemoryLogger } from '../../../electron/log/logger';
import { controlsOf } from '../../../electron/keypad/controls';
import { localeText } from './locale-text';
import { tap, undersizedTargets } from './kiosk-page';
import { startTestServer, type TestServer } from './test-server';

export interface TechnicianKiosk extends TestServer {
  readonly kiosk: Kiosk;
}

export function newDataDir(): { readonly dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-technician-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A kiosk core and its page server on `dataDir`; close() stops both and leaves the folder. */
export async function startKioskOn(dataDir: string, overrides: KioskConfigInput = {}): Promise<TechnicianKiosk> {
  const config = parseConfig({ timeouts: { goodbyeMs: 500 }, health: { heartbeatMs: 3_600_000 }, ...overrides });
  if (!config.ok) throw new Error(`test config refused: ${JSON.stringify(config.error)}`);
  const logger = createMemoryLogger();
  const kiosk = await createKiosk(config.value, { dataDir, logger, isSyncTimerOn: false });
  const server = await startTestServer(kiosk, devTargetFor(kiosk.simulators), logger);
  return {
    ...server,
    kiosk,
    async close() {
      await server.close();
      await kiosk.stop();
    },
  };
}

/** A card goes into the (simulated) reader and the PIN is tapped on the screen's pad. */
export async function insertCardAndTypePin(page: Page, kiosk: Kiosk, holder: CardHolderName, pin: string, options: { isCloned?: boolean } = {}): Promise<void> {
  await page.waitForSelector('[data-screen="attract"]');
  kiosk.simulators.cardReader?.insertCard(holder, options.isCloned ? { isCloned: true } : {});
  if (options.isCloned) return;
  await page.waitForSelector('[data-screen="pin"]');
  for (const digit of pin) await tap(page, `[data-action="pin-digit"][data-digit="${digit}"]`);
  await tap(page, '[data-action="pin-submit"]');
}

/** The technician screen on `techPage`, in the view's language, every text present, every target finger-sized. */
export async function expectTechnicianPage(page: Page, techPage: string, language: string): Promise<void> {
  await page.waitForSelector(`[data-screen="technician"] [data-tech-page="${techPage}"][aria-busy="false"]`, { timeout: 15_000 });
  const state = await page.evaluate(() => ({
    lang: document.querySelector('[data-screen]')?.getAttribute('lang'),
    heading: document.querySelector('[data-screen] h1')?.textContent?.trim(),
    missing: [...document.querySelectorAll('[data-missing-key]')].map((e) => e.getAttribute('data-missing-key')),
  }));
  expect(state).toEqual({ lang: language, heading: localeText(language, 'screens', 'technician.title'), missing: [] });
  expect(await undersizedTargets(page)).toEqual([]);
}

/** Every button on the page is one the tactile keypad can reach, and every keypad control is on the page. */
export async function expectKeypadReachesEveryControl(page: Page, kiosk: Kiosk): Promise<void> {
  const onScreen = await page.evaluate(() =>
    [...document.querySelectorAll('[data-screen] :is(button, input, select, [role="radio"])')]
      .filter((element) => !element.closest('[inert]') && !element.closest('.dev-panel'))
      .map((element) => element.getAttribute('data-control') || `(${element.getAttribute('data-action') ?? element.tagName})`),
  );
  const reachable = controlsOf(kiosk.currentView()).map((control) => control.id);
  expect([...onScreen].sort()).toEqual([...reachable].sort());
}
