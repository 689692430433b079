// One Chromium page on the real renderer, fed views by hand from a recording port: for tests
// that check how a view is drawn (digits, mirroring…) without running the kiosk core.
import type { Page } from 'playwright-core';
import type { View } from '../../../electron/bridge/contract';
import { createRecordingPort, type RecordingPort } from '../../../electron/bridge/ws-test-kit';
import { launchChromium, type TestBrowser } from './chromium';
import { showView } from './show-view';
import { startTestServer, type TestServer } from './test-server';

export interface FixturePage {
  readonly page: Page;
  readonly port: RecordingPort;
  /** Draws the view and waits until it is on screen in its language. */
  show(view: View): Promise<void>;
  close(): Promise<void>;
}

export async function openFixturePage(first: View): Promise<FixturePage> {
  const port = createRecordingPort(first);
  const server: TestServer = await startTestServer(port, undefined);
  const browser: TestBrowser = await launchChromium();
  const page = await browser.newPage();
  await page.goto(server.bridge.pageUrl);
  return {
    page,
    port,
    async show(view) {
      await showView(page, port, view);
      await page.waitForSelector(`[data-screen="${view.screen}"][lang="${view.language}"]`);
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
