import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { approveLogin } from '../../central/login/approve-login';
import { cardHolders } from '../../central/seed/people';
import type { KeypadKey } from '../../hardware/keypad/contract';
import { decodeQr } from './support/decode-qr';
import { expectScreen, readScreen, saveScreenshot, tap } from './support/kiosk-page';
import { localeText } from './support/locale-text';
import { realKioskInBrowser, type RealKioskServer } from './support/real-kiosk';

// A person who signs in with the ministry's app never sees the language screen: the session
// opens in the kiosk's first language (Arabic). The language button in the nav row lets them,
// or a family member helping, switch on any session screen, by touch or by the keypad alone.
const kioskId = 'KIOSK-LANG-01';
const fatima = cardHolders.sponsor;
const languages = ['ar', 'en', 'fr', 'ur', 'hi', 'ml'];

describe('switching language during a session signed in with the app, on the real kiosk core', () => {
  const real = realKioskInBrowser();

  /** The phone's part: scan the code on screen and approve it in the app. */
  async function approveCodeOnScreen(page: Page, kiosk: RealKioskServer): Promise<void> {
    await page.waitForSelector('svg.qr');
    const code = await decodeQr(page, 'svg.qr');
    expect(code, 'a QR code readable from the screen').toBeDefined();
    expect(await approveLogin({ centralUrl: kiosk.kiosk.centralUrl, code: code ?? '', idNumber: fatima.idNumber })).toMatchObject({ ok: true });
  }

  /** The menu has been drawn again in English: the heading is the English title, the root ltr and lang en. */
  async function expectEnglishMenu(page: Page): Promise<void> {
    await page.waitForSelector('[data-screen="menu"][lang="en"]', { timeout: 10_000 });
    await expectScreen(page, 'menu', 'en');
    const state = await readScreen(page);
    expect(state.heading).toBe(localeText('en', 'screens', 'menu.title'));
    expect([state.dir, state.lang]).toEqual(['ltr', 'en']);
    expect(await page.locator('[data-overlay="language"]').count()).toBe(0);
    expect((await page.locator('[data-control="language-switch"]').innerText()).trim()).toBe('English');
  }

  it('given a person signed in with the app in Arabic, when they open the language list on the menu and tap English, then the menu is in English, left to right', async () => {
    const server = await real.start({ kioskId, languages });
    const page = await real.browser.newPage();
    await page.goto(server.bridge.pageUrl);
    await expectScreen(page, 'attract', 'ar');
    await tap(page, '[data-action="app-signin"]');
    await expectScreen(page, 'app-signin', 'ar');
    // the switch is offered before the code is scanned, too
    expect((await page.locator('[data-control="language-switch"]').innerText()).trim()).toBe('العربية');
    await approveCodeOnScreen(page, server);
    await expectScreen(page, 'menu', 'ar');

    await tap(page, '[data-control="language-switch"]');
    await page.waitForSelector('[data-overlay="language"]');
    // each language written in itself, with its own lang and direction
    const choices = await page.locator('[data-overlay="language"] [data-language]').evaluateAll((buttons) =>
      buttons.map((button) => [button.getAttribute('lang'), button.getAttribute('dir'), button.textContent?.trim(), button.getAttribute('aria-checked')]),
    );
    expect(choices).toEqual([
      ['ar', 'rtl', 'العربية', 'true'],
      ['en', 'ltr', 'English', 'false'],
      ['fr', 'ltr', 'Français', 'false'],
      ['ur', 'rtl', 'اردو', 'false'],
      ['hi', 'ltr', 'हिन्दी', 'false'],
      ['ml', 'ltr', 'മലയാളം', 'false'],
    ]);
    await saveScreenshot(page, 'language-switch-ar');

    await tap(page, '[data-control="switch-language-en"]');
    await expectEnglishMenu(page);
    await page.close();
  });

  it('given a blind person signed in with the app in Arabic, when they use only the keypad, then each language is said in its own voice and English redraws and re-says the menu in English', async () => {
    const server = await real.start({ kioskId, languages, devices: { keypad: { kind: 'simulated' }, tts: { kind: 'simulated', isPrewarmed: false }, headphones: { kind: 'simulated', isPluggedIn: false } } });
    const { keypad, tts } = server.kiosk.simulators;
    if (!keypad || !tts) throw new Error('the test kiosk has no simulated keypad or speech');
    const page = await real.browser.newPage();
    await page.goto(server.bridge.pageUrl);
    await expectScreen(page, 'attract', 'ar');

    const press = async (key: KeypadKey, until: string): Promise<void> => {
      keypad.press(key);
      await page.waitForSelector(until, { timeout: 10_000 });
    };
    /** Moves the focus down until the control is focused on the page. */
    const focus = async (control: string): Promise<void> => {
      for (let step = 0; step < 20; step += 1) {
        if ((await page.locator(`[data-control="${control}"][data-keypad-focus]`).count()) > 0) return;
        const before = await page.getAttribute('[data-keypad-focus]', 'data-control');
        keypad.press('down');
        await page.waitForFunction((previous) => document.querySelector('[data-keypad-focus]')?.getAttribute('data-control') !== previous, before);
      }
      throw new Error(`the keypad never reached ${control}`);
    };

    await press('enter', '[data-screen="attract"] .screen__speech'); // any key on attract: audio guidance on
    await focus('app-signin');
    await press('enter', '[data-screen="app-signin"]');
    await approveCodeOnScreen(page, server);
    await expectScreen(page, 'menu', 'ar');

    await focus('language-switch');
    tts.clearUtterances();
    await press('enter', '[data-overlay="language"] [data-control="switch-language-ar"][data-keypad-focus]');
    await server.kiosk.accessibility.speechSettled();
    // the list is announced, its focus on the language in use, said in its own voice
    const saidOnOpening = tts.utterances.map((u) => [u.language, u.text]);
    expect(saidOnOpening).toContainEqual(['ar', localeText('ar', 'accessibility', 'language.title')]);
    expect(saidOnOpening).toContainEqual(['ar', 'العربية']);
    tts.clearUtterances();
    await focus('switch-language-en');
    await server.kiosk.accessibility.speechSettled();
    expect(tts.utterances.map((u) => [u.language, u.text])).toEqual([['en', 'English']]);

    tts.clearUtterances();
    await press('enter', '[data-screen="menu"][lang="en"]');
    await expectEnglishMenu(page);
    await server.kiosk.accessibility.speechSettled();
    expect(tts.utterances.map((u) => [u.language, u.text])).toContainEqual(['en', localeText('en', 'screens', 'menu.title')]);
    // the focus is back on the language button, now named in English
    expect(await page.getAttribute('[data-keypad-focus]', 'data-control')).toBe('language-switch');
    await page.close();
  });
});
