// `npm run gallery`: a PNG of every screen of every service in every shipped language, and an
// index.html to browse them, in test/artifacts/gallery/ (for translators and reviewers; not part
// of `npm test`). Screens come from the fixture views (every screen id and both overlays) and
// from every sim scenario walked on the real kiosk core. Prints one JSON line of figures.
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { startWsBridge } from '../../electron/bridge/ws-server';
import { createRecordingPort } from '../../electron/bridge/ws-test-kit';
import { ensureRendererBuilt, rendererDistDir, repoRoot } from '../../electron/browser-mode/renderer-build';
import { listLocaleLanguages } from '../../electron/core/locale-folders';
import { readLocaleResources } from '../../electron/core/locales';
import { createMemoryLogger } from '../../electron/log/logger';
import { failingScenarios, scenarios } from '../../electron/sim/scenarios';
import { textDirection } from '../../locales/text-direction';
import { launchChromium } from '../browser/support/chromium';
import { fixtureViews } from '../browser/support/fixture-views';
import { overflowingText } from '../browser/support/overflow';
import { galleryIndex, type GalleryLanguage } from './gallery-index';
import { shootScenario, type Shot } from './service-shots';

const galleryDir = join(repoRoot, 'test/artifacts/gallery');

async function shootFixtures(page: Page, language: string, offered: readonly string[], shoot: (section: string, name: string) => Promise<Shot>): Promise<Shot[]> {
  const first = fixtureViews(language)[0];
  if (!first) return [];
  const port = createRecordingPort(first.view);
  const bridge = await startWsBridge({ port, logger: createMemoryLogger(), staticDir: rendererDistDir });
  const shots: Shot[] = [];
  try {
    await page.goto(bridge.pageUrl);
    for (const { name, view } of fixtureViews(language)) {
      port.show({ ...view, languages: [...offered], screen: 'attract', title: { key: 'screens:attract.title', values: {} } });
      await page.waitForSelector(`[data-screen="attract"][lang="${language}"]`);
      // the fixtures offer two languages; the kiosk in the gallery offers them all
      port.show({ ...view, languages: [...offered], direction: textDirection(language) });
      await page.waitForSelector(`[data-screen="${view.screen}"][lang="${language}"]`);
      await page.evaluate(() => document.fonts.ready);
      shots.push(await shoot('screens', name));
    }
  } finally {
    await bridge.close();
  }
  return shots;
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  await ensureRendererBuilt();
  rmSync(galleryDir, { recursive: true, force: true });
  // `npm run gallery -- ar,ur` for some languages only; all shipped ones by default, Arabic first
  const wanted = process.argv[2]?.split(',');
  const languages = listLocaleLanguages().filter((language) => !wanted || wanted.includes(language));
  const offered = [...languages.filter((language) => language === 'ar'), ...languages.filter((language) => language !== 'ar')];
  const browser = await launchChromium();
  const shots: Shot[] = [];
  const failures: string[] = [];
  /** One language: its fixture screens, then every scenario, on a page of its own. */
  const shootLanguage = async (language: string): Promise<void> => {
    const page = await browser.newPage();
    const shoot = async (section: string, name: string): Promise<Shot> => {
      const file = join(galleryDir, language, section, `${name}.png`);
      mkdirSync(dirname(file), { recursive: true });
      await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
      const overflows = (await overflowingText(page)).map((o) => `"${o.text}" ${o.how} ${o.box} by ${o.byPx}px`);
      return { language, section, name, file: relative(galleryDir, file), overflows };
    };
    shots.push(...(await shootFixtures(page, language, offered, shoot)));
    for (const scenario of [...scenarios, ...failingScenarios]) {
      const outcome = await shootScenario(page, scenario, language, offered, shoot);
      shots.push(...outcome.shots);
      if (outcome.failure) failures.push(`${language} ${scenario.id}: ${outcome.failure}`);
    }
    await page.close();
    process.stderr.write(`gallery: ${language} done\n`);
  };
  try {
    // one language after another: the walks wait on timers, and a busy machine makes parallel ones flaky
    for (const language of offered) await shootLanguage(language);
  } finally {
    await browser.close();
  }
  const bytes = shots.reduce((total, shot) => total + statSync(join(galleryDir, shot.file)).size, 0);
  const seconds = Math.round((performance.now() - startedAt) / 100) / 10;
  const overflowing = shots.filter((shot) => shot.overflows.length > 0);
  const summary = `${shots.length} screens, ${offered.length} languages, ${scenarios.length + failingScenarios.length} scenarios, ${Math.round(bytes / 1_000_000)} MB, made in ${seconds} s; ${overflowing.length} with text that does not fit.`;
  const names: GalleryLanguage[] = offered.map((language) => {
    const screens = readLocaleResources([language])[language]?.screens as { 'self-name'?: string } | undefined;
    return { language, selfName: screens?.['self-name'] ?? language, direction: textDirection(language) };
  });
  writeFileSync(join(galleryDir, 'index.html'), galleryIndex(names, shots, failures, summary));
  process.stdout.write(`${JSON.stringify({ screens: shots.length, languages: offered.length, scenarios: scenarios.length + failingScenarios.length, bytes, seconds, overflowing: overflowing.length, stoppedEarly: failures.length, index: relative(repoRoot, join(galleryDir, 'index.html')) })}\n`);
  if (failures.length > 0) process.stderr.write(`gallery: walks that stopped early:\n${failures.join('\n')}\n`);
  for (const shot of overflowing) process.stderr.write(`gallery: ${shot.file}: ${shot.overflows.join('; ')}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`gallery: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
