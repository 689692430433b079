// What every browser test asks of a kiosk page: which screen is up, in which language and
// direction, with which heading; and pictures of it for people to look at.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { repoRoot } from '../../../electron/browser-mode/renderer-build';
import type { ScreenId } from '../../../electron/bridge/contract';
import { localeText } from './locale-text';

export const artifactsDir = join(repoRoot, 'test/artifacts');

export interface ScreenState {
  readonly screen: string;
  readonly dir: string | null;
  readonly lang: string | null;
  readonly heading: string;
  readonly missingKeys: string[];
}

export async function readScreen(page: Page): Promise<ScreenState> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-screen]');
    return {
      screen: root?.getAttribute('data-screen') ?? '',
      dir: root?.getAttribute('dir') ?? null,
      lang: root?.getAttribute('lang') ?? null,
      heading: root?.querySelector('h1')?.textContent?.trim() ?? '',
      missingKeys: [...document.querySelectorAll('[data-missing-key]')].map((element) => element.getAttribute('data-missing-key') ?? ''),
    };
  });
}

/** Screens whose title depends on the situation: a review with nothing to pay is "check and send". */
const titleVariants: Partial<Record<ScreenId, readonly string[]>> = { review: ['review.free-title'] };

/** Waits for the screen, then checks its heading is the locale's title and its direction. */
export async function expectScreen(page: Page, screen: ScreenId, language: string): Promise<ScreenState> {
  await page.waitForSelector(`[data-screen="${screen}"]`, { timeout: 10_000 });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const state = await readScreen(page);
  expect(state.screen).toBe(screen);
  expect(state.lang).toBe(language);
  expect(state.dir).toBe(language === 'ar' || language === 'ur' ? 'rtl' : 'ltr');
  const titles = [`${screen}.title`, ...(titleVariants[screen] ?? [])].map((key) => localeText(language, 'screens', key));
  expect(titles).toContain(state.heading);
  expect(state.missingKeys, 'text keys missing in this language').toEqual([]);
  expect(await undersizedTargets(page)).toEqual([]);
  return state;
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, animations: 'disabled' });
  return path;
}

/** Taps like a finger: pointer events at the element's centre. */
export async function tap(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().click({ timeout: 10_000 });
}

/** Drives the simulated devices through the page's dev panel (the dev channel), then folds it away. */
export async function withDevPanel(page: Page, act: () => Promise<void>): Promise<void> {
  await tap(page, '.dev-panel summary');
  await act();
  await tap(page, '.dev-panel summary');
}

/** Every control a finger may touch (the dev panel aside) is at least 64×64 CSS px. */
export async function undersizedTargets(page: Page, minPx = 64): Promise<string[]> {
  return page.evaluate((min) => {
    const controls = [...document.querySelectorAll('[data-screen] button, [data-screen] input, [data-screen] select, [data-screen] [role="button"]')];
    return controls
      .filter((element) => !element.closest('.dev-panel'))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < min || box.height < min))
      .map(({ element, box }) => `${element.getAttribute('data-action') ?? element.tagName}: ${Math.round(box.width)}×${Math.round(box.height)}`);
  }, minPx);
}
