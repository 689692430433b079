// Every screen of every service, in one language: each sim scenario (electron/sim/scenarios.ts,
// the failing ones too) is run step by step on a fresh kiosk core with simulated devices,
// while Chromium shows it; each screen the scenario reaches is photographed once, and the
// form once more with the kiosk keyboard open on its first typed field.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ScreenId } from '../../electron/bridge/contract';
import { startWsBridge } from '../../electron/bridge/ws-server';
import { devTargetFor } from '../../electron/browser-mode/dev-target';
import { rendererDistDir } from '../../electron/browser-mode/renderer-build';
import { parseConfig } from '../../electron/config/load-config';
import { createKiosk, type Kiosk } from '../../electron/core/create-kiosk';
import { createMemoryLogger } from '../../electron/log/logger';
import { runSteps, type ScenarioStep } from '../../electron/sim/scenario-runner';
import type { Scenario } from '../../electron/sim/scenarios';

export interface Shot {
  readonly language: string;
  /** `screens`, or a scenario id. */
  readonly section: string;
  readonly name: string;
  readonly file: string;
  /** Text that does not fit its box on this screen (test/browser/support/overflow.ts). */
  readonly overflows: readonly string[];
}

export interface ScenarioOutcome {
  readonly shots: Shot[];
  /** Why the walk stopped early, if it did (the shots taken so far are kept). */
  readonly failure?: string;
}

/** Screens every session passes through: photographed in the screens section, not per service. */
const sessionScreens = new Set<ScreenId>(['attract', 'language', 'insert-card', 'reading-card', 'pin', 'checking-pin', 'menu', 'loading', 'goodbye']);

/**
 * Waits until the page shows the screen the core is on. A passing screen (reading the card,
 * checking the PIN) may be gone before the page draws it: the core's latest one counts.
 */
async function waitForShown(page: Page, kiosk: Kiosk): Promise<string> {
  const shownNow = (): Promise<string> => page.evaluate(() => {
    const root = document.querySelector('[data-screen]');
    return `${root?.getAttribute('data-screen') ?? ''}|${root?.getAttribute('lang') ?? ''}`;
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const view = kiosk.currentView();
    const shown = await shownNow();
    if (shown === `${view.screen}|${view.language}`) {
      await page.evaluate(() => document.fonts.ready);
      return view.screen;
    }
    // until the page changes, or 200 ms in case it is the core that moved on meanwhile
    await page
      .waitForFunction((before) => {
        const root = document.querySelector('[data-screen]');
        return `${root?.getAttribute('data-screen') ?? ''}|${root?.getAttribute('lang') ?? ''}` !== before;
      }, shown, { timeout: 200 })
      .then(
        () => true,
        () => false,
      );
  }
  throw new Error(`the page never showed the core's screen "${kiosk.currentView().screen}"`);
}

export async function shootScenario(page: Page, scenario: Scenario, language: string, languages: readonly string[], shoot: (section: string, name: string) => Promise<Shot>): Promise<ScenarioOutcome> {
  const config = parseConfig({
    languages,
    timeouts: { goodbyeMs: 300 },
    sync: { intervalMs: 3_600_000 },
    devices: { a4Printer: { kind: 'simulated' }, scanner: { kind: 'simulated' } },
  });
  if (!config.ok) throw new Error(`gallery config refused: ${JSON.stringify(config.error)}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-gallery-'));
  const logger = createMemoryLogger();
  const startedAt = performance.now();
  const kiosk = await createKiosk(config.value, { dataDir, logger, isSyncTimerOn: false });
  if (process.env.GALLERY_DEBUG) process.stderr.write(`${scenario.id}: kiosk started in ${Math.round(performance.now() - startedAt)} ms\n`);
  const bridge = await startWsBridge({ port: kiosk, logger, staticDir: rendererDistDir, dev: devTargetFor(kiosk.simulators) });
  const shots: Shot[] = [];
  const seen = new Set<string>();
  let hasKeyboardShot = false;
  try {
    await page.goto(bridge.pageUrl);
    const steps: ScenarioStep[] = scenario.steps.map((step) => ('send' in step && step.send.type === 'LANGUAGE.CHOSEN' ? { send: { ...step.send, language } } : step));
    for (const step of steps) {
      if (!hasKeyboardShot && 'send' in step && step.send.type === 'FORM.SUBMITTED') {
        hasKeyboardShot = await shootKeyboard(page, (name) => shoot(scenario.id, name).then((shot) => void shots.push(shot)));
      }
      await runSteps(kiosk, [step]);
      const screen = await waitForShown(page, kiosk);
      if (sessionScreens.has(screen as ScreenId) || seen.has(screen)) continue;
      seen.add(screen);
      shots.push(await shoot(scenario.id, screen));
    }
    return { shots };
  } catch (error) {
    return { shots, failure: error instanceof Error ? error.message : String(error) };
  } finally {
    await bridge.close();
    await kiosk.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The form with the keyboard open on its first field typed with keys (the person's own letters). */
async function shootKeyboard(page: Page, shoot: (name: string) => Promise<void>): Promise<boolean> {
  const field = page.locator('[role="textbox"][data-field]').first();
  if ((await field.count()) === 0) return false;
  await field.click();
  await page.waitForSelector('.kb');
  await shoot('form-keyboard');
  await page.locator('.kb [data-key="done"]').click();
  return true;
}
