import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { UiEvent, View } from '../../electron/bridge/contract';
import { createRecordingPort, type RecordingPort } from '../../electron/bridge/ws-test-kit';
import { launchChromium, type TestBrowser } from './support/chromium';
import { fixtureViews } from './support/fixture-views';
import { startTestServer, type TestServer } from './support/test-server';

// The kiosk's own keyboard, driven as people drive it: keys reached with the arrow keys and
// pressed with Enter (a keypad that acts as a keyboard), the caret moved in Arabic text, and
// typing faster than the view comes back. What the core receives is the test's evidence.
function addressForm(language: string, value: string): View {
  const form = fixtureViews(language).find((entry) => entry.name === 'form')?.view;
  if (!form) throw new Error('no form fixture');
  return { ...form, form: [{ name: 'address', label: { key: 'services:residence-renewal.field.address', values: {} }, kind: 'address', value }] };
}

const typed = (received: readonly UiEvent[]): string[] => received.flatMap((event) => (event.type === 'FIELD.CHANGED' ? [event.value] : []));

describe('the kiosk keyboard', () => {
  let browser: TestBrowser;
  let server: TestServer;
  let port: RecordingPort;
  let page: Page;

  beforeAll(async () => {
    port = createRecordingPort(addressForm('ar', ''));
    server = await startTestServer(port, undefined);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });
  beforeEach(async () => {
    await page?.close();
    page = await browser.newPage();
  });

  async function open(view: View): Promise<void> {
    port.show(view);
    port.received.length = 0;
    await page.goto(server.bridge.pageUrl);
    await page.waitForSelector(`[data-screen="form"][lang="${view.language}"]`);
  }

  it('given a keypad, when the field is opened with Enter and keys are reached with the arrows, then Enter presses the key the focus is on', async () => {
    await open(addressForm('ar', ''));
    await page.focus('[data-field="address"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.kb[data-keyboard="arabic"]');
    // ض ص ث … on the first row: right twice is ث; down is the key under it on the second row, ي
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe('ض');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => typed(port.received)).toEqual(['ث', 'ثي']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe('ي');
  });

  it('given Arabic text with a number in it, when the caret is moved with the on-screen arrows and a letter typed, then the letter goes where the caret is in reading order', async () => {
    await open(addressForm('ar', 'شارع 12'));
    await page.click('[data-field="address"]');
    await page.waitForSelector('[data-field="address"][data-caret="7"]');
    // in right-to-left text the arrow pointing right moves the caret back toward the start
    for (let i = 0; i < 3; i += 1) await page.click('.kb [data-key="caret-right"]');
    await page.waitForSelector('[data-field="address"][data-caret="4"]');
    await page.click('.kb [data-key="space"]');
    await page.click('.kb [data-key="ة"]');
    await expect.poll(() => typed(port.received).at(-1)).toBe('شارع ة 12');
    await page.click('.kb [data-key="caret-left"]');
    await page.waitForSelector('[data-field="address"][data-caret="7"]');
  });

  it('given a person typing faster than the view comes back, then late echoes are not taken for changes, every key counts, and a value the core sets itself is taken', async () => {
    await open(addressForm('en', ''));
    await page.click('[data-field="address"]');
    await page.waitForSelector('.kb[data-keyboard="latin"]');
    const shown = (): Promise<string | null | undefined> => page.evaluate(() => document.querySelector('[data-field="address"] .kb-field__text')?.textContent);
    await page.click('.kb [data-key="d"]');
    await page.click('.kb [data-key="o"]');
    await expect.poll(() => typed(port.received)).toEqual(['d', 'do']);
    // the view's echo of the first key arrives only now: the field keeps what was typed since
    port.show(addressForm('en', 'd'));
    await page.click('.kb [data-key="h"]');
    await expect.poll(() => typed(port.received)).toEqual(['d', 'do', 'doh']);
    expect(await shown()).toBe('doh');
    port.show(addressForm('en', 'do'));
    port.show(addressForm('en', 'doh'));
    // the core clears the field by itself: the field takes it
    port.show(addressForm('en', ''));
    await page.waitForFunction(() => document.querySelector('[data-field="address"] .kb-field__text')?.textContent === '');
  });

  it('given a phone field on an Arabic screen, then it opens the phone pad, reads left to right, and erase removes the last digit', async () => {
    const form = fixtureViews('ar').find((entry) => entry.name === 'form')?.view;
    if (!form) throw new Error('no form fixture');
    await open(form);
    await page.click('[data-field="phone"]');
    await page.waitForSelector('.kb[data-keyboard="phone"]');
    expect(await page.locator('[data-field="phone"]').getAttribute('dir')).toBe('ltr');
    await page.click('.kb [data-key="7"]');
    await page.click('.kb [data-key="backspace"]');
    await expect.poll(() => typed(port.received)).toEqual(['55517', '5551']);
  });
});
