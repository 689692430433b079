import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { View } from '../../electron/bridge/contract';
import { fixtureViews } from './support/fixture-views';
import { saveScreenshot } from './support/kiosk-page';
import { openFixturePage, type FixturePage } from './support/fixture-page';

// Numbers and dates as the config asks (Arabic-Indic digits on Arabic screens, the Hijri date
// beside the Gregorian), while codes stay Latin and read left to right inside Arabic text:
// checked on the drawn page, down to the order the plate's digits appear on screen.
const arabicIndic = { calendar: 'gregorian-and-hijri', arabicDigits: 'arabic-indic' } as const;
/** The text without its bidi isolates (they are checked by position below). */
const plain = (text: string | null): string => (text ?? '').replace(/[\u2066-\u2069]/g, '');

function fixture(language: string, name: string, formats?: View['formats']): View {
  const view = fixtureViews(language).find((entry) => entry.name === name)?.view;
  if (!view) throw new Error(`no fixture ${name}`);
  return { ...view, ...(formats ? { formats } : {}) };
}

/** Left edges, on screen, of each character of `code` inside the first element matching. */
async function charLefts(page: Page, selector: string, code: string): Promise<number[]> {
  return page.evaluate(
    ([css, wanted]) => {
      const element = document.querySelector(css as string);
      const walker = document.createTreeWalker(element ?? document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? '').indexOf(wanted as string);
        if (at < 0) continue;
        return [...(wanted as string)].map((_, index) => {
          const range = document.createRange();
          range.setStart(node, at + index);
          range.setEnd(node, at + index + 1);
          return Math.round(range.getBoundingClientRect().left);
        });
      }
      return [];
    },
    [selector, code],
  );
}

describe('digits, dates and codes on screen', () => {
  let fixturePage: FixturePage;
  let page: Page;
  const show = (view: View) => fixturePage.show(view);

  beforeAll(async () => {
    fixturePage = await openFixturePage(fixture('ar', 'attract'));
    page = fixturePage.page;
  });
  afterAll(async () => {
    await fixturePage.close();
  });

  it('given Arabic-Indic digits and the Hijri calendar in the config, when Arabic fines are listed, then amounts and dates use ٠-٩, the Hijri date stands beside the Gregorian, and the plate stays Latin, left to right', async () => {
    await show(fixture('ar', 'items', arabicIndic));
    const row = plain(await page.locator('[data-item="v-1"]').textContent());
    expect(row).toContain('٢ مارس ٢٠٢٥');
    expect(row).toContain('٢ رمضان ١٤٤٦ هـ');
    expect(row).toContain('123456');
    expect(await page.locator('[data-item="v-1"] .money').textContent()).toMatch(/٥٠٠٫٠٠/);
    // read from the right: the Gregorian date first, then the Hijri one in brackets
    const [hijri] = await charLefts(page, '[data-item="v-1"]', 'رمضان');
    const [gregorian] = await charLefts(page, '[data-item="v-1"]', 'مارس');
    expect(hijri ?? 0, 'the Hijri date left of the Gregorian one').toBeLessThan(gregorian ?? 0);
    const plate = await charLefts(page, '[data-item="v-1"]', '123456');
    expect(plate.length).toBe(6);
    expect([...plate].sort((a, b) => a - b), 'the plate\'s digits from left to right').toEqual(plate);
    await saveScreenshot(page, 'digits/items-ar-arabic-indic-hijri');
  });

  it('given the same config, when the inactivity warning counts down in Arabic, then the count is in Arabic-Indic digits', async () => {
    await show(fixture('ar', 'timeout-warning', arabicIndic));
    expect(await page.locator('#timeout-text').textContent()).toContain('٣٠');
  });

  it('given the same config, when the PIN pad is shown in Arabic, then its keys are written ٠-٩ and each still sends its digit', async () => {
    await show(fixture('ar', 'pin', arabicIndic));
    expect(await page.locator('[data-digit="7"]').textContent()).toBe('٧');
    await page.click('[data-digit="7"]');
    await expect.poll(() => fixturePage.port.received.at(-1)).toEqual({ type: 'PIN.DIGIT', digit: 7 });
  });

  it('given the same config in English, then English keeps Latin digits and writes both dates its own way', async () => {
    await show(fixture('en', 'items', arabicIndic));
    const row = plain(await page.locator('[data-item="v-1"]').textContent());
    expect(row).toContain('March 2, 2025 (Ramadan 2, 1446 AH)');
    const [march] = await charLefts(page, '[data-item="v-1"]', 'March');
    const [ramadan] = await charLefts(page, '[data-item="v-1"]', 'Ramadan');
    expect(march ?? 0).toBeLessThan(ramadan ?? 0);
    expect(row).toMatch(/QAR\s?500\.00/);
  });

  it('given the default config, when Arabic fines are listed, then digits are Latin and only the Gregorian date shows', async () => {
    await show(fixture('ar', 'items'));
    const row = plain(await page.locator('[data-item="v-1"]').textContent());
    expect(row).toContain('2 مارس 2025');
    expect(row).not.toContain('هـ');
    expect(await page.locator('[data-item="v-1"] .money').textContent()).toMatch(/500\.00/);
  });

  it('given an Arabic sentence that ends with a phone number, then the number reads left to right and the full stop ends the sentence on its left', async () => {
    await show(fixture('ar', 'take-card-send-receipt'));
    const button = '[data-action="receipt-send"][data-channel="sms"], [data-sent="sms"]';
    const phone = (plain(await page.locator(button).first().textContent()).match(/\+974 •+ \d+/) ?? [''])[0];
    expect(phone).not.toBe('');
    const lefts = await charLefts(page, button, phone);
    expect([...lefts].sort((a, b) => a - b), 'the phone number from left to right').toEqual(lefts);
    const [stop] = await charLefts(page, button, '.'); // the sentence's one full stop
    expect(stop ?? Infinity, 'the full stop to the left of the number').toBeLessThan(lefts[0] ?? 0);
  });

  it('given an Arabic take-card screen, then the reference and the masked ID read left to right inside the right-to-left page', async () => {
    await show(fixture('ar', 'take-card', arabicIndic));
    const reference = (await page.locator('.reference').first().textContent())?.trim() ?? '';
    expect(reference).toMatch(/^\d{4}-\d{6}$/);
    const lefts = await charLefts(page, '.reference', reference);
    expect([...lefts].sort((a, b) => a - b)).toEqual(lefts);
    const idLefts = await charLefts(page, '.screen__holder', '5678');
    expect([...idLefts].sort((a, b) => a - b)).toEqual(idLefts);
    expect(await page.locator('[data-screen]').getAttribute('dir')).toBe('rtl');
  });
});
