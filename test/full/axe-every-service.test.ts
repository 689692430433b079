import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { View } from '../../electron/bridge/contract';
import { createRecordingPort, type RecordingPort } from '../../electron/bridge/ws-test-kit';
import { parseConfig } from '../../electron/config/load-config';
import { createKiosk } from '../../electron/core/create-kiosk';
import { createMemoryLogger } from '../../electron/log/logger';
import { runSteps } from '../../electron/sim/scenario-runner';
import { failingScenarios, scenarios } from '../../electron/sim/scenarios';
import { axeFindings } from '../browser/support/a11y-checks';
import { availableLanguages, withA11y } from '../browser/support/a11y-fixtures';
import { launchChromium, type TestBrowser } from '../browser/support/chromium';
import { showView } from '../browser/support/show-view';
import { startTestServer, type TestServer } from '../browser/support/test-server';

// `npm run test:full`: every screen of every service, as the real kiosk core draws it while
// each sim scenario (passing and failing paths) runs, checked by axe-core in every language
// in both themes. The views are recorded first on the core, then drawn one by one.
const directionOf = (language: string): 'ltr' | 'rtl' => (language === 'ar' || language === 'ur' ? 'rtl' : 'ltr');

async function recordViews(): Promise<{ scenario: string; view: View }[]> {
  const config = parseConfig({ timeouts: { goodbyeMs: 50 }, devices: { a4Printer: { kind: 'simulated' }, scanner: { kind: 'simulated' } } });
  if (!config.ok) throw new Error(JSON.stringify(config.error));
  const recorded: { scenario: string; view: View }[] = [];
  const seen = new Set<string>();
  for (const scenario of [...scenarios, ...failingScenarios]) {
    const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-axe-full-'));
    const kiosk = await createKiosk(config.value, { dataDir, logger: createMemoryLogger(), isSyncTimerOn: false });
    try {
      const { views } = await runSteps(kiosk, scenario.steps);
      for (const view of views) {
        // one of each screen's shapes is enough: the same screen with other values draws alike
        const shape = JSON.stringify([view.screen, view.service?.serviceId, view.message?.key, view.isHelpOpen, Boolean(view.timeoutWarning), view.form?.map((f) => [f.name, f.kind, Boolean(f.error)]), view.items?.length, view.info?.length, Boolean(view.outcome), view.error !== undefined]);
        if (seen.has(shape)) continue;
        seen.add(shape);
        recorded.push({ scenario: scenario.id, view });
      }
    } finally {
      await kiosk.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return recorded;
}

describe('axe-core on every screen of every service (test:full)', () => {
  let browser: TestBrowser;
  let server: TestServer;
  let port: RecordingPort;
  let recorded: { scenario: string; view: View }[] = [];

  beforeAll(async () => {
    recorded = await recordViews();
    browser = await launchChromium();
    port = createRecordingPort(recorded[0]!.view);
    server = await startTestServer(port, undefined);
  }, 600_000);
  afterAll(async () => {
    await server.close();
    await browser.close();
  });

  it('given every scenario, then screens of every service were recorded', () => {
    const services = new Set(recorded.map((entry) => entry.view.service?.serviceId).filter(Boolean));
    expect(services.size).toBeGreaterThanOrEqual(4);
    expect(recorded.length).toBeGreaterThan(30);
  });

  const cases = availableLanguages().flatMap((language) => (['standard', 'high-contrast'] as const).map((theme) => [language, theme] as const));
  it.each(cases)('given %s in the %s theme, when every recorded screen is drawn, then axe-core finds no violation', async (language, theme) => {
    const page = await browser.newPage();
    await page.goto(server.bridge.pageUrl);
    const findings: string[] = [];
    for (const { scenario, view } of recorded) {
      const drawn = await showView(page, port, withA11y({ ...view, language, direction: directionOf(language) }, { theme })).then(
        () => true,
        (error: unknown) => findings.push(`${scenario} ${view.screen}: not drawn (${error instanceof Error ? error.message.split('\n')[0] : 'unknown'})`) < 0,
      );
      if (!drawn) continue;
      for (const finding of await axeFindings(page, { isContrastEnhanced: theme === 'high-contrast' })) findings.push(`${scenario} ${view.screen}: ${finding}`);
    }
    await page.close();
    expect(findings).toEqual([]);
  }, 600_000);
});
