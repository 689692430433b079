import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type TestBrowser } from './support/chromium';
import { startRealKiosk, type RealKioskServer } from './support/real-kiosk';
import { installScreenLog } from './support/screen-log';
import { walkTrafficFines } from './support/traffic-fines-walk';

describe('the traffic-fines slice on the real kiosk core', () => {
  let browser: TestBrowser;
  let server: RealKioskServer | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  afterAll(async () => {
    await browser.close();
  });

  it.each(['ar', 'en'])('given %s, when a resident pays a traffic fine with their ID card, then every screen is in that language and direction and the payment is recorded', async (language) => {
    server = await startRealKiosk({ timeouts: { goodbyeMs: 500 } });
    const page = await browser.newPage();
    await installScreenLog(page);
    await page.goto(server.bridge.pageUrl);
    await walkTrafficFines(page, language, { isSavingScreenshots: true });
    await page.close();
    expect(server.logger.lines.filter((line) => line.event === 'payment.outcome').map((line) => line.fields.outcome ?? line.fields.kind)).toContain('approved');
  });
});
