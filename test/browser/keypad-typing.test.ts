import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cardHolders } from '../../central/seed/people';
import type { KeypadKey } from '../../hardware/keypad/contract';
import { createMainI18n } from '../../electron/core/locales';
import { saveScreenshot } from './support/kiosk-page';
import { realKioskInBrowser } from './support/real-kiosk';

// A blind resident renews his wife's residence permit with delivery by post, typing the
// address with the tactile keypad alone, on the real kiosk core: enter on the address opens the
// kiosk keyboard, the arrows walk its keys (the page highlights the one the keypad is on, for a
// sighted helper), enter types. The address reaches the outbox row, it is read back into the
// headphones, and no PIN digit is ever said.
const i18n = createMainI18n(['ar', 'en']);
const t = (language: string, key: string): string => i18n.t(key, { lng: language });

/** Short addresses: a capital (shift), letters, a space, and a digit from the keypad's own keys. */
const addresses: Readonly<Record<string, string>> = { en: 'Villa 7', ar: 'فيلا 7' };
/** Its '+' is on the phone pad only: digit keys alone could not type it. */
const phone = '+97455512345';

describe('a free-text field typed with the keypad alone, in the browser', () => {
  const real = realKioskInBrowser();

  /** The control the page marks as the keypad's (a text field is marked by its id, field-<name>). */
  const keypadFocus = (page: Page): Promise<string | null> =>
    page.evaluate(() => {
      const focused = document.querySelector('[data-keypad-focus]');
      return focused?.getAttribute('data-control') ?? focused?.id ?? null;
    });

  /** Presses a key and waits until the page shows what it changed. */
  async function press(page: Page, key: KeypadKey, until: string): Promise<void> {
    real.server?.kiosk.simulators.keypad?.press(key);
    await page.waitForSelector(until, { timeout: 10_000 });
  }

  /** Presses an arrow and waits until the keypad's focus has moved on the page. */
  async function step(page: Page, arrow: 'up' | 'down' | 'left' | 'right'): Promise<void> {
    const before = await keypadFocus(page);
    real.server?.kiosk.simulators.keypad?.press(arrow);
    await page.waitForFunction(
      (previous) => {
        const focused = document.querySelector('[data-keypad-focus]');
        return (focused?.getAttribute('data-control') ?? focused?.id ?? null) !== previous;
      },
      before,
      { timeout: 10_000 },
    );
  }

  async function focus(page: Page, control: string): Promise<void> {
    for (let i = 0; i < 20; i += 1) {
      if ((await keypadFocus(page)) === control) return;
      await step(page, 'down');
    }
    throw new Error(`the keypad never reached ${control}`);
  }


  /** Walks the keyboard on screen to a key (data-key) with the arrows: rows first, then along the row. */
  async function reachKey(page: Page, dataKey: string): Promise<void> {
    const target = await page.getAttribute(`.kb [data-key="${dataKey}"]`, 'data-control');
    const [, row, index] = /^key-(\d+)-(\d+)$/.exec(target ?? '') ?? [];
    if (row === undefined || index === undefined) throw new Error(`no key "${dataKey}" on the ${await page.getAttribute('.kb', 'data-keyboard')} keyboard`);
    for (let i = 0; i < 40; i += 1) {
      const [, r, x] = /^key-(\d+)-(\d+)$/.exec((await keypadFocus(page)) ?? '') ?? [];
      if (r === row && x === index) return;
      if (Number(r) !== Number(row)) await step(page, Number(r) < Number(row) ? 'down' : 'up');
      else await step(page, Number(x) < Number(index) ? 'right' : 'left');
    }
    throw new Error(`the keypad never reached the key "${dataKey}"`);
  }

  async function typeByKeypad(page: Page, field: string, text: string): Promise<void> {
    let typed = '';
    for (const char of text) {
      if (/^\d$/.test(char)) real.server?.kiosk.simulators.keypad?.press(char as KeypadKey);
      else {
        const dataKey = char === ' ' ? 'space' : char;
        if ((await page.locator(`.kb [data-key="${dataKey}"]`).count()) === 0) {
          await reachKey(page, 'shift'); // a capital: the second layer, for one letter
          await press(page, 'enter', '.kb .kb-key--shift.kb-key--on');
        }
        await reachKey(page, dataKey);
        real.server?.kiosk.simulators.keypad?.press('enter');
      }
      typed += char;
      await page.waitForFunction(([name, value]) => document.querySelector(`[data-field="${name}"] .kb-field__text`)?.textContent === value, [field, typed], { timeout: 10_000 });
    }
  }

  it.each(['en', 'ar'])('given %s, when the address is typed on the kiosk keyboard with keys only, then it reaches the outbox, is read back, and no PIN digit is said', async (language) => {
    const server = await real.start({ timeouts: { goodbyeMs: 500 }, devices: { keypad: { kind: 'simulated' }, tts: { kind: 'simulated', isPrewarmed: false }, headphones: { kind: 'simulated', isPluggedIn: true } } });
    const { kiosk } = server;
    const { keypad, tts, cardReader } = kiosk.simulators;
    if (!keypad || !tts || !cardReader) throw new Error('the test kiosk has no simulated keypad, speech or reader');
    const page = await real.browser.newPage();
    await page.goto(server.bridge.pageUrl);
    await page.waitForSelector('[data-screen="attract"]');

    await press(page, 'enter', '[data-screen="attract"] .screen__speech');
    await page.waitForSelector('[data-control="start"][data-keypad-focus]');
    await press(page, 'enter', '[data-screen="language"]');
    await focus(page, `language-${language}`);
    await press(page, 'enter', '[data-screen="insert-card"]');
    cardReader.insertCard('resident');
    await page.waitForSelector('[data-screen="pin"] [data-control="pin-submit"][data-keypad-focus]');
    await kiosk.accessibility.speechSettled();
    const saidBeforePin = tts.utterances.length;
    for (const [index, digit] of [...cardHolders.resident.pin].entries()) await press(page, digit as KeypadKey, `.pin__dot--filled:nth-child(${index + 1})`);
    await kiosk.accessibility.speechSettled();
    const saidDuringPin = tts.utterances.slice(saidBeforePin).map((u) => u.text);
    await press(page, 'enter', '[data-screen="menu"]');
    await focus(page, 'service-residence-renewal');
    await press(page, 'enter', '[data-screen="subject"] [data-keypad-focus]');
    // his wife (as the scripted walks pick her)
    const wife = kiosk.currentView().subjects?.find((subject) => subject.idMasked.endsWith('0001'));
    expect(wife, 'the wife among the people he sponsors').toBeDefined();
    await focus(page, `subject-${wife?.index}`);
    await press(page, 'enter', '[data-screen="items"] [data-keypad-focus]');
    const item = kiosk.currentView().items?.[0];
    if (item && !item.isSelected) await press(page, 'enter', '[data-action="item"][aria-pressed="true"]');
    await focus(page, 'confirm-items');
    await press(page, 'enter', '[data-screen="form"] [data-keypad-focus]');
    await focus(page, 'choice-delivery-post');
    await press(page, 'enter', '[data-field="address"]');
    await focus(page, 'field-address');

    // enter opens the keyboard for the keypad; the page shows it with the key it is on
    await press(page, 'enter', '.kb [data-control="key-0-0"], .kb [data-keypad-focus]');
    await page.waitForSelector('.kb [data-keypad-focus]');
    expect(await page.getAttribute('.kb', 'data-keyboard')).toBe(language === 'ar' ? 'arabic' : 'latin');
    const address = addresses[language] ?? '';
    await typeByKeypad(page, 'address', address);
    await saveScreenshot(page, `a11y/keypad/typing-${language}`);
    await press(page, 'back', '[data-screen="form"]:not(:has(.kb)) [data-control="submit-form"]');
    await page.waitForSelector('#field-address[data-keypad-focus]');
    await focus(page, 'field-phone');
    await press(page, 'enter', '.kb[data-keyboard="phone"] [data-keypad-focus]');
    await typeByKeypad(page, 'phone', phone);
    await press(page, 'back', '#field-phone[data-keypad-focus]');
    await expect.poll(() => Object.fromEntries((kiosk.currentView().form ?? []).map((field) => [field.name, field.value]))).toEqual({ delivery: 'post', address, phone });
    await focus(page, 'submit-form');
    await press(page, 'enter', '[data-screen="review"] [data-control="pay"][data-keypad-focus]');
    await press(page, 'enter', '[data-screen="take-card"] .reference');
    const reference = ((await page.locator('.reference').first().textContent()) ?? '').trim();
    await kiosk.accessibility.speechSettled();

    // the address the keypad typed is the one the outbox holds for the central
    const row = (['pending', 'paid', 'synced'] as const).flatMap((state) => kiosk.outbox?.list(state, 100) ?? []).find((candidate) => candidate.reference === reference);
    expect((row?.payload as { fields?: Record<string, string> } | undefined)?.fields?.address).toBe(address);

    const said = tts.utterances.map((u) => u.text);
    // the keyboard was announced, keys were said as they were reached, and the address read back
    expect(said).toContain(t(language, 'accessibility:keyboard.opened'));
    expect(said).toContain(t(language, `accessibility:keyboard.layout.${language === 'ar' ? 'arabic' : 'latin'}`));
    expect(said).toContain(t(language, 'accessibility:keyboard.symbol.space'));
    const closedAt = said.indexOf(t(language, 'accessibility:keyboard.closed')); // the address's keyboard, before the phone's
    expect(closedAt).toBeGreaterThan(0);
    expect(said.slice(closedAt, closedAt + 3)).toEqual([t(language, 'accessibility:keyboard.closed'), t(language, 'services:residence-renewal.field.address'), address]);
    // never a PIN digit: tones while it is typed (the phone's digits are said later, as keys and echoes)
    expect(saidDuringPin).toEqual([t(language, 'screens:pin.submit')]);
    expect(said.join(' ')).not.toMatch(new RegExp(`(^|\\D)${cardHolders.resident.pin}(\\D|$)`));
    await page.close();
  });
});
