// Debian's Chromium under playwright-core, the way every browser test starts it: headless,
// no network chatter, a fresh profile each time, a 1920×1080 kiosk screen.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';
export const kioskViewport = { width: 1920, height: 1080 } as const;

// sound without a click first, as the Electron window allows it (autoplayPolicy): a blind
// person's first action is a keypad key, never a touch on the page
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required'];

export interface TestBrowser {
  readonly context: BrowserContext;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<TestBrowser> {
  // A missing browser is a failure, never a skip (CI installs chromium).
  if (!existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}: run sudo test/setup-system.sh`);
  const profile = mkdtempSync(join(tmpdir(), 'kiosk-chromium-'));
  // launchPersistentContext is how playwright takes a --user-data-dir of our choosing
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: chromiumArgs, viewport: kioskViewport, headless: true });
  return {
    context,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
