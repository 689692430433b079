import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type TestBrowser } from './support/chromium';
import { saveScreenshot } from './support/kiosk-page';
import { overflowingText } from './support/overflow';
import { startRealKiosk, type RealKioskServer } from './support/real-kiosk';
import { walkResidenceRenewal } from './support/residence-renewal-walk';

// One service, residence renewal, walked on the real kiosk core in each of the six
// languages, in the order this kiosk's config lists them: every screen in the language
// chosen, in its direction, under its own heading, with no text overflowing; the address typed
// on the kiosk keyboard in the language's own letters reaches the core letter for letter.
const languages = ['ar', 'en', 'fr', 'ur', 'hi', 'ml'];

describe('residence renewal in each of the six languages, on the real kiosk core', () => {
  let browser: TestBrowser;
  let server: RealKioskServer | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    await page?.close();
    page = undefined;
    await server?.close();
    server = undefined;
  });
  afterAll(async () => {
    await browser.close();
  });

  it('given the config lists six languages, then the language screen offers them in the config\'s order, each named in itself', async () => {
    server = await startRealKiosk({ languages: ['ur', 'ar', 'ml', 'hi', 'fr', 'en'] });
    page = await browser.newPage();
    await page.goto(server.bridge.pageUrl);
    await page.waitForSelector('[data-screen="attract"][lang="ur"]');
    await page.click('[data-action="start"]');
    await page.waitForSelector('[data-screen="language"]');
    const offered = await page.$$eval('[data-action="language"]', (buttons) => buttons.map((button) => `${button.getAttribute('data-language')}:${button.getAttribute('dir')}:${button.textContent?.trim()}`));
    expect(offered).toEqual(['ur:rtl:اردو', 'ar:rtl:العربية', 'ml:ltr:മലയാളം', 'hi:ltr:हिन्दी', 'fr:ltr:Français', 'en:ltr:English']);
    // each name in its own script's face, whatever the screen's language (Urdu in Nastaliq, not Naskh)
    const faces = await page.$$eval('[data-action="language"]', (buttons) => buttons.map((button) => getComputedStyle(button).fontFamily.split(',')[0]?.replace(/"/g, '').trim()));
    expect(faces).toEqual(['Kiosk NotoNastaliqUrdu', 'Kiosk NotoNaskhArabic', 'Kiosk NotoSansMalayalam', 'Kiosk NotoSansDevanagari', 'Kiosk Latin', 'Kiosk Latin']);
  });

  it.each(languages)('given %s, when a resident renews his wife\'s permit, typing the address on the kiosk keyboard, then every screen is in that language and direction with nothing overflowing', async (language) => {
    // no background sync: a slow answer under load would mark services off mid-walk
    server = await startRealKiosk({ languages, timeouts: { goodbyeMs: 300 }, sync: { intervalMs: 3_600_000 } });
    page = await browser.newPage();
    const shown = page;
    await shown.goto(server.bridge.pageUrl);
    const overflows: string[] = [];
    const { reference } = await walkResidenceRenewal(shown, language, {
      kiosk: server.kiosk,
      defaultLanguage: languages[0] ?? 'ar',
      onScreen: async (screen) => {
        for (const overflow of await overflowingText(shown)) overflows.push(`${screen}: "${overflow.text}" ${overflow.how} ${overflow.box} by ${overflow.byPx}px`);
        await saveScreenshot(shown, `six-languages/${language}/${screen}`);
      },
    }).catch(async (error: unknown) => {
      await saveScreenshot(shown, `six-languages/${language}/failed`);
      throw error;
    });
    expect(reference, 'the reference on the take-card screen').toMatch(/^\d{4}-\d{6}$/);
    expect(overflows).toEqual([]);
  });
});
