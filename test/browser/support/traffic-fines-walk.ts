// The walking-skeleton slice as a person does it: attract → language → card → PIN → menu →
// traffic fines → pick → pay → printing → take card → remove card → attract. Every screen's
// id, heading and direction are asserted on the way.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { cardHolders } from '../../../central/seed/people';
import { expectScreen, saveScreenshot, tap, withDevPanel } from './kiosk-page';
import { readScreenLog } from './screen-log';

export interface WalkOptions {
  /** Save <screen>-<lang>.png of the screens people review. */
  readonly isSavingScreenshots?: boolean;
}

const directionOf = (language: string): string => (language === 'ar' || language === 'ur' ? 'rtl' : 'ltr');

export async function walkTrafficFines(page: Page, language: string, options: WalkOptions = {}): Promise<void> {
  const shoot = async (name: string): Promise<void> => {
    if (options.isSavingScreenshots) await saveScreenshot(page, name);
  };
  const attract = await expectScreen(page, 'attract', 'ar');
  if (attract.lang === language) await shoot(`attract-${language}`);
  await tap(page, '[data-action="start"]');
  await expectScreen(page, 'language', 'ar');
  await tap(page, `[data-language="${language}"]`);
  await expectScreen(page, 'insert-card', language);

  await withDevPanel(page, async () => {
    await page.selectOption('[data-dev="holder"]', 'resident');
    await tap(page, '[data-dev="card-insert"]');
  });
  await expectScreen(page, 'pin', language);
  for (const digit of cardHolders.resident.pin) await tap(page, `[data-digit="${digit}"]`);
  await page.waitForSelector(`.pin__dot--filled:nth-child(${cardHolders.resident.pin.length})`);
  expect(await page.locator('.pin__dots').textContent()).toBe(''); // dots only, never digits
  await tap(page, '[data-action="pin-submit"]');

  await expectScreen(page, 'menu', language);
  await shoot(`menu-${language}`);
  await tap(page, '[data-service="traffic-fines"]');
  await expectScreen(page, 'items', language);
  await shoot(`items-${language}`);
  await tap(page, '[data-action="item"]');
  await page.waitForSelector('[data-action="item"][aria-pressed="true"]');
  await tap(page, '[data-action="confirm-items"]');
  await expectScreen(page, 'review', language);
  await shoot(`review-${language}`);
  await tap(page, '[data-action="pay"]');

  await expectScreen(page, 'take-card', language);
  await page.waitForSelector('.reference');
  await shoot(`take-card-${language}`);
  await withDevPanel(page, () => tap(page, '[data-dev="card-remove"]'));
  await expectScreen(page, 'attract', 'ar');

  // paying and printing may last a frame: the page's own log of screens has them
  const shown = (await readScreenLog(page)).map((entry) => `${entry.screen}/${entry.lang}/${entry.dir}`);
  const dir = directionOf(language);
  expect(shown).toEqual(expect.arrayContaining([`paying/${language}/${dir}`, `printing/${language}/${dir}`]));
}
