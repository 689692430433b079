import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type TestBrowser } from './support/chromium';
import { createFakeKiosk } from './support/fake-kiosk';
import { expectScreen, saveScreenshot, tap, withDevPanel } from './support/kiosk-page';
import { installScreenLog, readScreenLog } from './support/screen-log';
import { startTestServer, type TestServer } from './support/test-server';

describe('the renderer against a fake kiosk core', () => {
  let browser: TestBrowser;
  let server: TestServer;

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

    await expectScreen(page, 'attract', 'ar');
    if (language === 'ar') await saveScreenshot(page, 'attract-ar');
    await tap(page, '[data-action="start"]');
    await expectScreen(page, 'language', 'ar');
    await tap(page, `[data-language="${language}"]`);
    await expectScreen(page, 'insert-card', language);

    await withDevPanel(page, async () => {
      await page.selectOption('[data-dev="holder"]', 'resident');
      await tap(page, '[data-dev="card-insert"]');
    });
    await expectScreen(page, 'pin', language);
    for (const digit of [1, 2, 3, 4]) await tap(page, `[data-digit="${digit}"]`);
    await page.waitForSelector('.pin__dot--filled:nth-child(4)');
    expect(await page.locator('.pin__dots').textContent()).toBe(''); // dots only, never digits
    await tap(page, '[data-action="pin-submit"]');

    await expectScreen(page, 'menu', language);
    await saveScreenshot(page, `menu-${language}`);
    await tap(page, '[data-service="traffic-fines"]');
    await expectScreen(page, 'items', language);
    await tap(page, '[data-item="v-1"]');
    await page.waitForSelector('[data-item="v-1"][aria-pressed="true"]');
    await tap(page, '[data-action="confirm-items"]');
    await expectScreen(page, 'review', language);
    await tap(page, '[data-action="pay"]');
    await expectScreen(page, 'take-card', language);
    await saveScreenshot(page, `take-card-${language}`);

    await withDevPanel(page, () => tap(page, '[data-dev="card-remove"]'));
    await expectScreen(page, 'attract', 'ar');
    const shown = (await readScreenLog(page)).map((entry) => `${entry.screen}/${entry.lang}/${entry.dir}`);
    const dir = language === 'ar' ? 'rtl' : 'ltr';
    expect(shown).toEqual(
      expect.arrayContaining([`paying/${language}/${dir}`, `printing/${language}/${dir}`, `goodbye/${language}/${dir}`]),
    );
    await page.close();
  });
});
