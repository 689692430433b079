// A sim scenario (electron/sim/scenarios.ts) walked the way a person does it: every step
// becomes a tap on the screen, except the devices (card, payment), which the dev panel
// scripts. Each `expect` checks the screen's id, heading, language and direction; screens
// that carry a verdict (ineligible, payment failed, take card…) are checked for it too.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ScreenId, UiEvent } from '../../../electron/bridge/contract';
import type { Kiosk } from '../../../electron/core/create-kiosk';
import { dayFromToday } from '../../../electron/sim/scenario-dates';
import type { ScenarioStep } from '../../../electron/sim/scenario-runner';
import { expectScreen, tap, withDevPanel } from './kiosk-page';
import { localeText } from './locale-text';

/** A step of the test's own (stopping the central…), run between the scenario's steps. */
export interface TestStep {
  readonly act: string;
  run(): Promise<void>;
}
export type WalkStep = ScenarioStep | TestStep;

export interface WalkOptions {
  /** The language the person picks (the scenario's own choice is replaced by it). */
  readonly language: string;
  /** The kiosk's first language: attract and the language screen are drawn in it. */
  readonly defaultLanguage?: string;
  /** Called on every expected screen once it is checked (to save pictures). */
  readonly onScreen?: (screen: ScreenId, language: string) => Promise<void>;
  /** The kiosk core, for the steps no screen or dev panel does: a code under the scanner, the central acting meanwhile. */
  readonly kiosk?: Kiosk;
}

/** What the walk saw on the screens that end a path. */
export interface WalkRecord {
  readonly screens: ScreenId[];
  readonly reference?: string;
  readonly infoRows?: number;
  readonly message?: { readonly key: string; readonly text: string };
}

/** Splits "namespace:key.path" for the locale files. */
function localeOf(language: string, fullKey: string): string {
  const [namespace, key] = fullKey.split(':') as [string, string];
  return localeText(language, namespace, key);
}

/** Which button sends each plain user event on the screen it is sent from. */
const buttonFor: Partial<Record<UiEvent['type'], string>> = {
  START: '[data-action="start"]',
  'ITEMS.CONFIRMED': '[data-action="confirm-items"]',
  'FORM.SUBMITTED': '[data-action="submit-form"]',
  'PAY.CONFIRMED': '[data-action="pay"]',
  BACK: '[data-action="back"]',
  CANCEL: '[data-action="cancel"]',
  RETRY: '[data-action="retry"]',
  DONE: '[data-action="done"]',
  HELP: '[data-action="help"]',
  'HELP.CLOSED': '[data-action="close-help"]',
  'MORE_TIME': '[data-action="more-time"]',
  'VERIFY.START': '[data-action="verify"]',
};

export async function walkScenario(page: Page, steps: readonly WalkStep[], options: WalkOptions): Promise<WalkRecord> {
  const defaultLanguage = options.defaultLanguage ?? 'ar';
  let language = defaultLanguage;
  const record: { screens: ScreenId[]; reference?: string; infoRows?: number; message?: { key: string; text: string } } = { screens: [] };

  for (const step of steps) {
    if ('act' in step) {
      await step.run();
    } else if ('expect' in step) {
      if (step.expect === 'attract') language = defaultLanguage; // a finished session hands the next person the default
      await expectScreen(page, step.expect, language);
      record.screens.push(step.expect);
      await checkVerdict(page, step.expect, language, record);
      await options.onScreen?.(step.expect, language);
    } else if ('insertCard' in step) {
      const holder = step.insertCard;
      await withDevPanel(page, async () => {
        await page.selectOption('[data-dev="holder"]', holder);
        await tap(page, '[data-dev="card-insert"]');
      });
    } else if ('removeCard' in step) {
      await withDevPanel(page, () => tap(page, '[data-dev="card-remove"]'));
    } else if ('payment' in step) {
      const outcome = step.payment;
      await withDevPanel(page, () => tap(page, `[data-dev="payment-${outcome}"]`));
    } else if ('typePin' in step) {
      for (const digit of step.typePin) await tap(page, `[data-digit="${digit}"]`);
      await page.waitForSelector(`.pin__dot--filled:nth-child(${step.typePin.length})`);
      await tap(page, '[data-action="pin-submit"]');
    } else if ('chooseSubject' in step) {
      await tapSubject(page, step.chooseSubject);
    } else if ('chooseItem' in step) {
      await chooseOnlyItem(page, step.chooseItem);
    } else if ('fillDate' in step) {
      await fillField(page, step.fillDate.name, dayFromToday(step.fillDate.daysAhead));
    } else if ('scan' in step) {
      // a paper held under the scanner: a device, like the card, but the dev panel has no scanner
      const scanner = options.kiosk?.simulators.scanner;
      if (!scanner) throw new Error('the walk needs the kiosk and a simulated scanner (devices.scanner.kind = simulated) to scan');
      scanner.scan(step.scan);
    } else if ('central' in step) {
      const central = options.kiosk?.embeddedCentral;
      if (!central) throw new Error(`the walk needs the kiosk's embedded central for "${step.label}"`);
      await step.central(central.control);
    } else if ('send' in step) {
      const event = step.send;
      if (event.type === 'LANGUAGE.CHOSEN') {
        await tap(page, `[data-language="${options.language}"]`);
        language = options.language;
      } else if (event.type === 'SERVICE.CHOSEN') {
        await tap(page, `[data-service="${event.serviceId}"]`);
      } else if (event.type === 'FIELD.CHANGED') {
        await fillField(page, event.name, event.value);
      } else {
        const selector = buttonFor[event.type];
        if (!selector) throw new Error(`the browser walk has no button for ${event.type}: teach test/browser/support/scenario-walk.ts which one sends it`);
        const isThere = await page.locator(selector).first().waitFor({ timeout: 5_000 }).then(
          () => true,
          () => false,
        );
        if (!isThere) throw new Error(`no ${selector} on the ${(await page.getAttribute('[data-screen]', 'data-screen')) ?? '?'} screen: a person cannot send ${event.type} by tapping`);
        await tap(page, selector);
      }
    } else {
      // a kind of step the sim learnt after this walk was written
      throw new Error(`the browser walk cannot do the step ${JSON.stringify(Object.keys(step as object))}: teach test/browser/support/scenario-walk.ts`);
    }
  }
  return record;
}

/** The verdict a screen carries: the reason in the person's language, the reference, the list. */
async function checkVerdict(page: Page, screen: ScreenId, language: string, record: { reference?: string; infoRows?: number; message?: { key: string; text: string } }): Promise<void> {
  switch (screen) {
    case 'ineligible':
    case 'payment-failed':
    case 'error': {
      const lead = page.locator('.screen__lead');
      const key = (await lead.getAttribute('data-message')) ?? '';
      const text = ((await lead.textContent()) ?? '').trim();
      expect(text, `the ${screen} screen says why`).toBe(localeOf(language, key));
      record.message = { key, text };
      if (screen === 'error') expect(await page.locator('.call-staff__code').textContent()).toMatch(/^[A-Z0-9]+-[A-Z0-9]+$/);
      break;
    }
    case 'take-card': {
      const reference = page.locator('.reference').first();
      if ((await reference.count()) === 0) break; // a session that paid nothing has no reference
      record.reference = ((await reference.textContent()) ?? '').trim();
      expect(record.reference).toMatch(/^\d{4}-\d{6}$/);
      break;
    }
    case 'info':
      await page.waitForSelector('.info-list__row, .screen__lead');
      record.infoRows = await page.locator('.info-list__row').count();
      break;
    default:
      break;
  }
}

/** Taps the person whose masked ID number ends with these digits. */
async function tapSubject(page: Page, lastDigits: string): Promise<void> {
  await page.waitForSelector('[data-action="subject"]');
  const index = await page.evaluate((digits) => {
    const rows = [...document.querySelectorAll('[data-action="subject"]')];
    const row = rows.find((button) => (button.querySelector('.row__side bdi')?.textContent ?? '').trim().endsWith(digits));
    return row?.getAttribute('data-index') ?? null;
  }, lastDigits);
  if (index === null) throw new Error(`no person …${lastDigits} on the subject screen`);
  await tap(page, `[data-action="subject"][data-index="${index}"]`);
}

/** Leaves exactly one item chosen (the first offered, or one by id), as the sim does. */
async function chooseOnlyItem(page: Page, choice: string): Promise<void> {
  await page.waitForSelector('[data-action="item"]');
  const items = await page.$$eval('[data-action="item"]', (buttons) => buttons.map((b) => ({ id: b.getAttribute('data-item') ?? '', isPressed: b.getAttribute('aria-pressed') === 'true' })));
  const target = choice === 'first' ? items[0]?.id : items.find((item) => item.id === choice)?.id;
  if (!target) throw new Error(`no item ${choice} on the items screen`);
  for (const item of items) {
    if (item.isPressed === (item.id === target)) continue;
    await tap(page, `[data-action="item"][data-item="${item.id}"]`);
    await page.waitForSelector(`[data-action="item"][data-item="${item.id}"][aria-pressed="${String(item.id === target)}"]`);
  }
}

/**
 * A choice is tapped. A typed field is tapped open (the kiosk's own keyboard shows) and typed
 * on a hardware keyboard, which the field takes as the on-screen keys' twin; Enter closes it.
 */
async function fillField(page: Page, name: string, value: string): Promise<void> {
  const field = `[data-field="${name}"]`;
  await page.waitForSelector(field, { state: 'attached' });
  const choice = page.locator(`[data-action="field-choice"]${field}[data-value="${value}"]`);
  if ((await choice.count()) > 0) {
    await choice.click();
    await page.waitForSelector(`[data-action="field-choice"]${field}[data-value="${value}"][aria-checked="true"]`);
    return;
  }
  const input = page.locator(`input${field}, textarea${field}`);
  if ((await input.count()) > 0) {
    await input.first().fill(value);
  } else {
    const box = page.locator(`[role="textbox"]${field}`);
    await box.click();
    await page.waitForSelector(`${field}.kb-field--editing`);
    const existing = ((await box.locator('.kb-field__text').textContent()) ?? '').length;
    for (let i = 0; i < existing; i += 1) await page.keyboard.press('Backspace');
    await page.keyboard.type(value);
    await page.keyboard.press('Enter');
  }
  await page.waitForFunction(
    ([selector, expected]) => {
      const element = document.querySelector(selector as string);
      const shown = element instanceof HTMLInputElement ? element.value : element?.querySelector('.kb-field__text')?.textContent;
      return shown === expected;
    },
    [field, value],
  );
}
