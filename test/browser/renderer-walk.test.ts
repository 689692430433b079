import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import { launchChromium, type TestBrowser } from './support/chromium';
import { createFakeKiosk } from './support/fake-kiosk';
import { installScreenLog } from './support/screen-log';
import { startTestServer, type TestServer } from './support/test-server';
import { walkTrafficFines } from './support/traffic-fines-walk';

// The renderer alone, against a core stand-in: a failure here is the renderer's, not the machines'.
describe('the renderer against a fake kiosk core', () => {
  let browser: TestBrowser;
  let server: TestServer | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    await server?.close();
  });
  afterAll(async () => {
    await browser.close();
  });

  it.each(['ar', 'en'])('given the %s language, when a person walks the traffic-fines slice, then each screen shows its heading in that language and direction', async (language) => {
    const kiosk = createFakeKiosk();
    server = await startTestServer(kiosk, kiosk.dev);
    const page = await browser.newPage();
    await installScreenLog(page);
    await page.goto(server.bridge.pageUrl);
    await walkTrafficFines(page, language, { isSavingScreenshots: true });
    await page.close();
  });
});
