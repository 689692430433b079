// Types text the way a person does on the kiosk's own keyboard: a tap per key, looking for
// each letter on the layer shown, then on the second layer (shift), then among the symbols,
// and coming back to the letters after.
import type { Page } from 'playwright-core';

const keySelector = (id: string): string => `.kb [data-key="${id.replace(/["\\]/g, '\\$&')}"]`;

async function has(page: Page, id: string): Promise<boolean> {
  return (await page.locator(keySelector(id)).count()) > 0;
}

async function press(page: Page, id: string): Promise<void> {
  await page.locator(keySelector(id)).click();
}

/** Taps the keys for `text`, one code point at a time (a space is the space bar). */
export async function typeOnKeyboard(page: Page, text: string): Promise<void> {
  for (const char of text.normalize('NFC')) {
    const id = char === ' ' ? 'space' : char;
    if (await has(page, id)) {
      await press(page, id);
      continue;
    }
    if (await has(page, 'shift')) {
      await press(page, 'shift');
      if (await has(page, id)) {
        await press(page, id); // one letter, then the keyboard drops back by itself
        continue;
      }
      await press(page, 'shift');
    }
    if (await has(page, 'switch-symbols')) {
      await press(page, 'switch-symbols');
      if (await has(page, id)) {
        await press(page, id);
        await page.locator('.kb [data-key^="switch-"]').first().click(); // back to the letters
        continue;
      }
      await page.locator('.kb [data-key^="switch-"]').first().click();
    }
    throw new Error(`no key types "${char}" (U+${char.codePointAt(0)?.toString(16).toUpperCase()}) on the ${await page.locator('.kb').getAttribute('data-keyboard')} keyboard`);
  }
}
