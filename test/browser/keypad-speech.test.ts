import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cardHolders } from '../../central/seed/people';
import type { KeypadKey } from '../../hardware/keypad/contract';
import { createMainI18n } from '../../electron/core/locales';
import { saveScreenshot } from './support/kiosk-page';
import { realKioskInBrowser } from './support/real-kiosk';

// A blind resident pays a traffic fine with the tactile keypad alone, on the real kiosk core:
// the page follows the keypad's focus, plays the speech it is handed, and the speech engine
// (the simulator records every utterance) says each screen in order and never a PIN digit.
const i18n = createMainI18n(['ar', 'en']);
const t = (language: string, key: string): string => i18n.t(key, { lng: language });

describe('a paid service with the keypad alone, in the browser', () => {
  const real = realKioskInBrowser();

  /** Presses a key on the simulated keypad and waits until the page shows the result. */
  async function press(page: Page, key: KeypadKey, until: string): Promise<void> {
    real.server?.kiosk.simulators.keypad?.press(key);
    await page.waitForSelector(until, { timeout: 10_000 });
  }

  /** Moves the focus down until the control is focused on the page. */
  async function focus(page: Page, control: string): Promise<void> {
    for (let i = 0; i < 20; i += 1) {
      if ((await page.locator(`[data-control="${control}"][data-keypad-focus]`).count()) > 0) return;
      const before = await page.getAttribute('[data-keypad-focus]', 'data-control');
      real.server?.kiosk.simulators.keypad?.press('down');
      await page.waitForFunction((previous) => document.querySelector('[data-keypad-focus]')?.getAttribute('data-control') !== previous, before);
    }
    throw new Error(`the keypad never reached ${control}`);
  }

  it.each(['en', 'ar'])('given %s, when a resident pays with keys only, then the screens are said in order, the receipt is read out and no PIN digit is ever said', async (language) => {
    const server = await real.start({ timeouts: { goodbyeMs: 500 }, devices: { keypad: { kind: 'simulated' }, tts: { kind: 'simulated', isPrewarmed: false }, headphones: { kind: 'simulated', isPluggedIn: true } } });
    const { keypad, tts, cardReader } = server.kiosk.simulators;
    if (!keypad || !tts || !cardReader) throw new Error('the test kiosk has no simulated keypad, speech or reader');
    const page = await real.browser.newPage();
    await page.goto(server.bridge.pageUrl);
    await page.waitForSelector('[data-screen="attract"]');

    await press(page, 'enter', '[data-screen="attract"] .screen__speech'); // any key: audio guidance on
    await page.waitForSelector('[data-control="start"][data-keypad-focus]');
    await press(page, 'enter', '[data-screen="language"]');
    await focus(page, `language-${language}`);
    await press(page, 'enter', '[data-screen="insert-card"]');
    cardReader.insertCard('resident');
    await page.waitForSelector('[data-screen="pin"] [data-control="pin-submit"][data-keypad-focus]');
    await server.kiosk.accessibility.speechSettled();
    const saidBeforePin = tts.utterances.length;
    for (const [index, digit] of [...cardHolders.resident.pin].entries()) await press(page, digit as KeypadKey, `.pin__dot--filled:nth-child(${index + 1})`);
    await server.kiosk.accessibility.speechSettled();
    const saidDuringPin = tts.utterances.slice(saidBeforePin).map((u) => u.text);
    await saveScreenshot(page, `a11y/keypad/pin-${language}`);
    await press(page, 'enter', '[data-screen="menu"]');
    await focus(page, 'service-traffic-fines');
    await press(page, 'enter', '[data-screen="items"] [data-keypad-focus]');
    await saveScreenshot(page, `a11y/keypad/items-${language}`);
    await focus(page, 'confirm-items');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-control'))).toBe('confirm-items');
    await press(page, 'enter', '[data-screen="review"] [data-control="pay"][data-keypad-focus]');
    await press(page, 'enter', '[data-screen="take-card"] .reference');
    await server.kiosk.accessibility.speechSettled();
    await saveScreenshot(page, `a11y/keypad/take-card-${language}`);
    const reference = (await page.locator('.reference').textContent()) ?? '';

    const said = tts.utterances.map((u) => u.text);
    // each screen in the order it came, then the receipt: reference (one character at a time) and amount
    const expected = [
      t('ar', 'screens:language.title'), // the kiosk's first language, until one is chosen
      t(language, 'screens:insert-card.title'),
      t(language, 'screens:pin.title'),
      t(language, 'screens:menu.title'),
      t(language, 'services:traffic-fines.title'),
      t(language, 'screens:items.title'),
      t(language, 'screens:review.title'),
      t(language, 'screens:review.pay'),
      t(language, 'screens:take-card.title'),
      t(language, 'screens:common.reference'),
      [...reference.trim()].join(' '),
      t(language, 'screens:common.amount-paid'),
    ];
    let at = -1;
    for (const text of expected) {
      const next = said.indexOf(text, at + 1);
      expect(next, `"${text}" said after position ${at}`).toBeGreaterThan(at);
      at = next;
    }
    // while the PIN was typed: tones only (and "OK" once it can be pressed), never a digit
    expect(saidDuringPin).toEqual([t(language, 'screens:pin.submit')]);
    for (const digit of cardHolders.resident.pin) expect(said).not.toContain(digit);
    expect(said.join(' ')).not.toMatch(new RegExp(`(^|\\D)${cardHolders.resident.pin}(\\D|$)`));
    // from the moment the language is chosen, everything is said in it
    const chosenAt = said.indexOf(t(language, 'screens:insert-card.title'));
    expect(tts.utterances.slice(chosenAt).every((u) => u.language === language)).toBe(true);
    // the page played what it was handed
    expect(Number(await page.evaluate(() => document.documentElement.dataset.speechPlays ?? '0'))).toBeGreaterThan(10);
    expect(await page.evaluate(() => document.documentElement.dataset.speech)).not.toBe('failed');

    cardReader.removeCard();
    await page.waitForSelector('[data-screen="attract"]:not(:has(.screen__speech))', { timeout: 10_000 });
    expect(await page.locator('[data-keypad-focus]').count()).toBe(0);
    await page.close();
  });

  it('given the real espeak-ng engine, when audio guidance is turned on by a key, then the page decodes and plays the speech it is handed', async () => {
    const server = await real.start({ devices: { keypad: { kind: 'simulated' }, tts: { kind: 'espeak-ng', isPrewarmed: false } } });
    const page = await real.browser.newPage();
    await page.goto(server.bridge.pageUrl);
    await page.waitForSelector('[data-screen="attract"]');
    await press(page, 'enter', '[data-screen="attract"] .screen__speech');
    await page.waitForFunction(() => document.documentElement.dataset.speech === 'playing', undefined, { timeout: 10_000 });
    expect(Number(await page.evaluate(() => document.documentElement.dataset.speechPlays))).toBeGreaterThan(0);
    // a key stops it at once
    await press(page, 'down', '[data-control="audio"][data-keypad-focus]');
    await page.close();
  });
});
