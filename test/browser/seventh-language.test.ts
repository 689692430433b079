import { mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devTargetFor } from '../../electron/browser-mode/dev-target';
import { startWsBridge, type WsBridge } from '../../electron/bridge/ws-server';
import { parseConfig } from '../../electron/config/load-config';
import type { KioskConfigInput } from '../../electron/config/schema';
import { createKiosk, type Kiosk } from '../../electron/core/create-kiosk';
import { localesDir, readLocaleResources } from '../../electron/core/locales';
import { createMemoryLogger } from '../../electron/log/logger';
import { checkReceiptFonts } from '../../hardware/printer/receipt-fonts';
import { checkLocale, describeProblem } from '../../locales/locale-check';
import { launchChromium, type TestBrowser } from './support/chromium';
import { saveScreenshot, tap } from './support/kiosk-page';
import { buildRendererWithLocales, type BuiltRenderer, type LocaleFolder } from './support/renderer-with-locales';
import { completedFrom, fixtureFontFiles, readFixtureLocale } from './support/seventh-locale';

// Bengali, the next language residents ask for, added the way the README says: a folder under
// locales/ (a few strings translated, the rest English marked [bn]) and its font under
// locales/fonts/, beside the shipped ones, in a copy of the app. No file of the app changes;
// the config lists bn; the kiosk offers it, in its own script and its own font.
const english = readLocaleResources(['en'])['en'] ?? {};
const translated = readFixtureLocale('bn');
const bengali: LocaleFolder = completedFrom(english, translated, '[bn]');
const text = (namespace: string, path: string): string => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], translated[namespace]) as string;

describe('a seventh language is a locale folder and a font', () => {
  let built: BuiltRenderer;
  let browser: TestBrowser;
  const started: { kiosk: Kiosk; bridge: WsBridge; dataDir: string }[] = [];

  async function startKiosk(config: KioskConfigInput, localesDir: string): Promise<{ kiosk: Kiosk; bridge: WsBridge }> {
    const parsed = parseConfig(config);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-bn-'));
    const logger = createMemoryLogger();
    const kiosk = await createKiosk(parsed.value, { dataDir, logger, localesDir, isSyncTimerOn: false }).catch((error: unknown) => {
      rmSync(dataDir, { recursive: true, force: true });
      throw error;
    });
    const bridge = await startWsBridge({ port: kiosk, logger, staticDir: built.distDir, dev: devTargetFor(kiosk.simulators) });
    started.push({ kiosk, bridge, dataDir });
    return { kiosk, bridge };
  }

  beforeAll(async () => {
    built = await buildRendererWithLocales({ folders: { bn: bengali }, fontFiles: fixtureFontFiles() });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    for (const { kiosk, bridge, dataDir } of started) {
      await bridge.close();
      await kiosk.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
    await browser?.close();
    built?.remove();
  });

  it('given the Bengali folder made from a few translations and English marked [bn], then it passes the same completeness check as the shipped languages', () => {
    expect(checkLocale('bn', english, bengali).map(describeProblem)).toEqual([]);
    expect(bengali.screens).toMatchObject({ 'self-name': 'বাংলা', common: { back: '[bn] Back' } });
  });

  it('given the config lists bn, when a person starts, then the kiosk offers Bengali in its own script, and choosing it draws the screens in Bengali in the Bengali font', async () => {
    const { bridge } = await startKiosk({ languages: ['ar', 'en', 'bn'] }, built.localesDir);
    const page: Page = await browser.newPage();
    await page.goto(bridge.pageUrl);
    await page.waitForSelector('[data-screen="attract"][lang="ar"]');
    expect(await page.locator('.attract__label[lang="bn"]').textContent()).toBe(text('screens', 'attract.start'));

    await tap(page, '[data-action="start"]');
    await page.waitForSelector('[data-screen="language"]');
    const offered = await page.$$eval('[data-action="language"]', (buttons) => buttons.map((button) => `${button.getAttribute('data-language')}:${button.textContent?.trim()}`));
    expect(offered).toEqual(['ar:العربية', 'en:English', `bn:${text('screens', 'self-name')}`]);

    await tap(page, '[data-language="bn"]');
    await page.waitForSelector('[data-screen="insert-card"][lang="bn"]');
    await page.evaluate(() => document.fonts.ready);
    const screen = await page.evaluate(() => {
      const root = document.querySelector('[data-screen]');
      const heading = root?.querySelector('h1');
      return {
        dir: root?.getAttribute('dir'),
        heading: heading?.textContent?.trim(),
        font: heading ? getComputedStyle(heading).fontFamily.split(',')[0]?.trim() : undefined,
        isFontLoaded: document.fonts.check(`700 64px "Kiosk NotoSansBengali"`, 'আ'),
        back: document.querySelector('[data-action="back"]')?.textContent?.trim(),
      };
    });
    expect(screen).toEqual({ dir: 'ltr', heading: text('screens', 'insert-card.title'), font: '"Kiosk NotoSansBengali"', isFontLoaded: true, back: '[bn] Back' });
    await saveScreenshot(page, 'seventh-language/insert-card-bn');
    await page.close();
  });

  it('given the Bengali folder and font, then its receipts can be printed too (the receipt printer reads the same declaration)', () => {
    expect(checkReceiptFonts(['ar', 'bn'], join(built.localesDir, 'fonts'), built.localesDir)).toMatchObject({ ok: true });
  });

  it('given the config lists bn but the kiosk ships no Bengali folder, then the start fails naming the locale', async () => {
    await expect(startKiosk({ languages: ['ar', 'bn'] }, localesDir)).rejects.toThrow(/^locale "bn" is configured but has no folder: /);
  });

  it('given the Bengali font file missing, then the start fails naming the locale and the file', async () => {
    unlinkSync(join(built.localesDir, 'fonts', 'NotoSansBengali-Regular.ttf'));
    await expect(startKiosk({ languages: ['ar', 'bn'] }, built.localesDir)).rejects.toThrow(`screen font for locale "bn" is missing: ${join(built.localesDir, 'fonts', 'NotoSansBengali-Regular.ttf')}`);
  });
});
