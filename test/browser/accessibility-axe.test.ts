import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecordingPort, type RecordingPort } from '../../electron/bridge/ws-test-kit';
import { axeFindings } from './support/a11y-checks';
import { a11yFixtures, availableLanguages } from './support/a11y-fixtures';
import { launchChromium, type TestBrowser } from './support/chromium';
import { fixtureViews } from './support/fixture-views';
import { saveScreenshot } from './support/kiosk-page';
import { showView } from './support/show-view';
import { startTestServer, type TestServer } from './support/test-server';

// axe-core on every kind of screen (each fixed screen, each step kind of the service engine,
// the overlays) in every language the kiosk has, in the standard theme (contrast 4.5:1) and
// in high contrast (the enhanced 7:1 rule on). Exceptions, with reasons: test/fixtures/axe-exceptions.json.
describe('axe-core on every kind of screen, every language, both themes', () => {
  let browser: TestBrowser;
  let server: TestServer;
  let port: RecordingPort;

  beforeAll(async () => {
    browser = await launchChromium();
    port = createRecordingPort(fixtureViews('ar')[0]!.view);
    server = await startTestServer(port, undefined);
  });
  afterAll(async () => {
    await server.close();
    await browser.close();
  });

  it('given the locales folder, then the kiosk has more than the two first languages to check', () => {
    expect(availableLanguages()).toEqual(expect.arrayContaining(['ar', 'en']));
  });

  const cases = availableLanguages().flatMap((language) => (['standard', 'high-contrast'] as const).map((theme) => [language, theme] as const));
  it.each(cases)('given %s in the %s theme, when each screen is drawn, then axe-core finds no violation', async (language, theme) => {
    const page = await browser.newPage();
    await page.goto(server.bridge.pageUrl);
    const findings: string[] = [];
    for (const { name, view } of a11yFixtures(language, { theme })) {
      await showView(page, port, view);
      for (const finding of await axeFindings(page, { isContrastEnhanced: theme === 'high-contrast' })) findings.push(`${name}: ${finding}`);
      if (theme === 'high-contrast' && (language === 'ar' || language === 'en')) await saveScreenshot(page, `a11y/high-contrast/${name}-${language}`);
    }
    await page.close();
    expect(findings).toEqual([]);
  });
});
