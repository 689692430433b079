// A resident renews his wife's residence permit, card by post, in one language, tapping as a
// person does: the language on the language screen, the PIN on the pad, the address on the
// kiosk keyboard of that language's own letters, the phone on the phone pad. Every screen is
// checked for its id, language, direction and heading (expectScreen), then handed to
// `onScreen` (overflow checks, pictures).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ScreenId } from '../../../electron/bridge/contract';
import type { Kiosk } from '../../../electron/core/create-kiosk';
import { cardHolders } from '../../../central/seed/people';
import { expectScreen, tap, withDevPanel } from './kiosk-page';
import { typeOnKeyboard } from './keyboard-typing';

/** What a resident of each language would type (digits come from the symbols layer). */
export const addresses: Readonly<Record<string, string>> = {
  ar: 'مبنى 12 شارع الكورنيش',
  ur: 'عمارت 12 گلی 340',
  en: 'Building 12, Corniche Street',
  fr: 'Bâtiment 12, rue de la Corniche',
  hi: 'मकान 12 गली 340',
  ml: 'വീട് 12 കോർണിഷ് റോഡ്',
};
export const phone = '+97455512345';

export interface RenewalWalk {
  readonly kiosk: Kiosk;
  /** The kiosk's first language (attract and the language screen are drawn in it). */
  readonly defaultLanguage: string;
  readonly onScreen: (screen: ScreenId | `${ScreenId}-${string}`) => Promise<void>;
}

export async function walkResidenceRenewal(page: Page, language: string, walk: RenewalWalk): Promise<{ reference: string }> {
  const at = async (screen: ScreenId, shownIn = language): Promise<void> => {
    await expectScreen(page, screen, shownIn);
    await walk.onScreen(screen);
  };
  await at('attract', walk.defaultLanguage);
  await tap(page, '[data-action="start"]');
  await at('language', walk.defaultLanguage);
  await tap(page, `[data-language="${language}"]`);
  await at('insert-card');
  await withDevPanel(page, async () => {
    await page.selectOption('[data-dev="holder"]', 'resident');
    await tap(page, '[data-dev="card-insert"]');
  });
  await at('pin');
  for (const digit of cardHolders.resident.pin) await tap(page, `[data-digit="${digit}"]`);
  await page.waitForSelector(`.pin__dot--filled:nth-child(${cardHolders.resident.pin.length})`);
  await tap(page, '[data-action="pin-submit"]');

  await at('menu');
  await tap(page, '[data-service="residence-renewal"]');
  await at('subject');
  // his wife: the person whose masked ID ends in 0001 (as the sim's scenario picks her)
  const wife = await page.evaluate(() => [...document.querySelectorAll('[data-action="subject"]')].find((row) => (row.querySelector('.row__side bdi')?.textContent ?? '').trim().endsWith('0001'))?.getAttribute('data-index'));
  expect(wife, 'the wife among the people he sponsors').toBeDefined();
  await tap(page, `[data-action="subject"][data-index="${wife}"]`);

  await at('items');
  const first = page.locator('[data-action="item"]').first();
  if ((await first.getAttribute('aria-pressed')) !== 'true') await first.click();
  await page.waitForSelector('[data-action="item"][aria-pressed="true"]');
  await tap(page, '[data-action="confirm-items"]');

  await at('form');
  await tap(page, '[data-action="field-choice"][data-field="delivery"][data-value="post"]');
  await page.waitForSelector('[data-action="field-choice"][data-value="post"][aria-checked="true"]');
  await tap(page, '[data-field="address"]');
  await page.waitForSelector('[data-field="address"].kb-field--editing');
  await walk.onScreen('form-address');
  await typeOnKeyboard(page, addresses[language] ?? addresses.en ?? '');
  await walk.onScreen('form-address-typed');
  await tap(page, '.kb [data-key="done"]');
  await tap(page, '[data-field="phone"]');
  await page.waitForSelector('[data-field="phone"].kb-field--editing');
  await typeOnKeyboard(page, phone);
  await walk.onScreen('form-phone-typed');
  await tap(page, '.kb [data-key="done"]');
  // the view, not the page, holds what was typed: the core has every letter
  await expect.poll(() => Object.fromEntries((walk.kiosk.currentView().form ?? []).map((field) => [field.name, field.value]))).toEqual({ delivery: 'post', address: addresses[language] ?? addresses.en, phone });
  await walk.onScreen('form-filled');
  await tap(page, '[data-action="submit-form"]');

  await at('review');
  await tap(page, '[data-action="pay"]');
  await at('take-card');
  const reference = ((await page.locator('.reference').first().textContent()) ?? '').trim();
  await withDevPanel(page, () => tap(page, '[data-dev="card-remove"]'));
  await expectScreen(page, 'attract', walk.defaultLanguage);
  return { reference };
}
