// Draws one view on a page served from a recording port, and waits until it is on screen.
import type { Page } from 'playwright-core';
import type { View } from '../../../electron/bridge/contract';
import type { RecordingPort } from '../../../electron/bridge/ws-test-kit';

export async function showView(page: Page, port: RecordingPort, view: View): Promise<void> {
  // a different screen first, so the wait below sees this one arrive
  const sentinel: View['screen'] = view.screen === 'goodbye' ? 'card-removed' : 'goodbye';
  port.show({ ...view, screen: sentinel, title: { key: `screens:${sentinel}.title`, values: {} }, a11y: undefined, isHelpOpen: false, focus: undefined });
  await page.waitForSelector(`[data-screen="${sentinel}"]`, { timeout: 15_000 });
  port.show(view);
  await page.waitForSelector(`[data-screen="${view.screen}"]`, { timeout: 15_000 });
  if (view.a11y?.isMenuOpen) await page.waitForSelector('[data-overlay="settings"]');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}
