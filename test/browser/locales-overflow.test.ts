import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { View } from '../../electron/bridge/contract';
import { startWsBridge, type WsBridge } from '../../electron/bridge/ws-server';
import { createRecordingPort, type RecordingPort } from '../../electron/bridge/ws-test-kit';
import { readLocaleResources } from '../../electron/core/locales';
import { createMemoryLogger } from '../../electron/log/logger';
import { launchChromium, type TestBrowser } from './support/chromium';
import { fixtureViews } from './support/fixture-views';
import { saveScreenshot } from './support/kiosk-page';
import { overflowingText } from './support/overflow';
import { pseudoLanguage, pseudoLocale } from './support/pseudo-locale';
import { buildRendererWithLocales, type BuiltRenderer } from './support/renderer-with-locales';

// Text that fits in English often does not in French or Malayalam. The pseudo-locale (every
// letter accented, every string 40% longer) shows it before a translator does: every screen
// is drawn in it and in the six languages, and no text may stick out of its box, be cut off,
// leave the screen or need scrolling. The form is also drawn with the keyboard open.
const languages = [pseudoLanguage, 'ar', 'ur', 'en', 'fr', 'hi', 'ml'];
const rtl = new Set(['ar', 'ur']);

/** The form with an address as well, so the keyboard of the language's own letters opens. */
function formWithAddress(language: string): View {
  const form = fixtureViews(language).find((fixture) => fixture.name === 'form')?.view;
  if (!form?.form) throw new Error('the fixture views lost their form');
  const [delivery, phone] = form.form;
  if (!delivery || !phone) throw new Error('the fixture form lost a field');
  const address = { name: 'address', label: { key: 'services:residence-renewal.field.address', values: {} }, kind: 'address' as const, value: '12' };
  return { ...form, form: [delivery, address, phone] };
}

describe('no text overflows its box, in the pseudo-locale and the six languages', () => {
  let built: BuiltRenderer;
  let bridge: WsBridge;
  let port: RecordingPort;
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    const english = readLocaleResources(['en'])['en'] ?? {};
    built = await buildRendererWithLocales({ folders: { [pseudoLanguage]: pseudoLocale(english) } });
    port = createRecordingPort(fixtureViews('en')[0]!.view);
    bridge = await startWsBridge({ port, logger: createMemoryLogger(), staticDir: built.distDir });
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(bridge.pageUrl);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await bridge?.close();
    built?.remove();
  });

  async function show(view: View): Promise<void> {
    port.show({ ...view, screen: 'attract', title: { key: 'screens:attract.title', values: {} } }); // a change the page must see
    await page.waitForSelector(`[data-screen="attract"][lang="${view.language}"]`);
    port.show(view);
    await page.waitForSelector(`[data-screen="${view.screen}"][lang="${view.language}"]`);
    await page.evaluate(() => document.fonts.ready);
  }

  it.each(languages)('given %s, when every screen and overlay is drawn, then no text overflows', async (language) => {
    const overflows: string[] = [];
    for (const { name, view } of fixtureViews(language)) {
      await show({ ...view, direction: rtl.has(language) ? 'rtl' : 'ltr' });
      for (const overflow of await overflowingText(page)) overflows.push(`${name}: "${overflow.text}" ${overflow.how} ${overflow.box} by ${overflow.byPx}px`);
      if (language === pseudoLanguage) await saveScreenshot(page, `pseudo-locale/${name}`);
    }
    expect(overflows).toEqual([]);
  });

  it.each(languages)('given %s, when the address and the phone are typed on the kiosk keyboard, then the keys and the field fit', async (language) => {
    await show({ ...formWithAddress(language), direction: rtl.has(language) ? 'rtl' : 'ltr' });
    const overflows: string[] = [];
    for (const field of ['address', 'phone']) {
      await page.click(`[data-field="${field}"]`);
      await page.waitForSelector(`[data-field="${field}"].kb-field--editing`);
      // every layer the keyboard has: letters, the second layer, symbols (a pad has one)
      const exists = async (key: string): Promise<boolean> => (await page.locator(`[data-key="${key}"]`).count()) > 0;
      const layers = [undefined, ...(await exists('shift')) ? ['shift'] : [], ...(await exists('switch-symbols')) ? ['switch-symbols'] : []];
      for (const layer of layers) {
        if (layer) await page.click(`[data-key="${layer}"]`);
        for (const overflow of await overflowingText(page)) overflows.push(`${field} ${layer ?? 'first layer'}: "${overflow.text}" ${overflow.how} ${overflow.box} by ${overflow.byPx}px`);
        if (language === pseudoLanguage || rtl.has(language)) await saveScreenshot(page, `keyboard/${language}-${field}-${layer ?? 'letters'}`);
        if (layer === 'shift') await page.click('[data-key="shift"]');
        if (layer === 'switch-symbols') await page.click('.kb [data-key^="switch-"]'); // the one way back to the letters
      }
      await page.click('[data-key="done"]');
    }
    expect(overflows).toEqual([]);
  });
});
