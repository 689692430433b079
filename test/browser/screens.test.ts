import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScreenId } from '../../electron/bridge/contract';
import { createRecordingPort, type RecordingPort } from '../../electron/bridge/ws-test-kit';
import { launchChromium, type TestBrowser } from './support/chromium';
import { fixtureViews } from './support/fixture-views';
import { expectScreen, saveScreenshot } from './support/kiosk-page';
import { axeViolations } from './support/axe';
import { decodeQr } from './support/decode-qr';
import { startTestServer, type TestServer } from './support/test-server';

// Every screen the contract names, and both overlays, drawn from fixture views in both
// languages: the id, heading, direction, texts present, targets large enough, no axe-core
// violation, the QR readable.
describe('every screen, drawn from fixture views', () => {
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

  it('given the fixtures, then every screen id in the contract has one', () => {
    const covered = new Set(fixtureViews('ar').map((fixture) => fixture.view.screen));
    expect(ScreenId.options.filter((screen) => !covered.has(screen))).toEqual([]);
  });

  it.each(['ar', 'en'])('given %s, when each screen is shown, then it is drawn in that language and direction with every text present', async (language) => {
    const page = await browser.newPage();
    await page.goto(server.bridge.pageUrl);
    for (const { name, view } of fixtureViews(language)) {
      port.show({ ...view, title: { key: 'screens:attract.title', values: {} }, screen: 'attract' }); // a different screen first, so the wait below sees the change
      await page.waitForSelector('[data-screen="attract"]');
      port.show(view);
      await expectScreen(page, view.screen, language);
      await saveScreenshot(page, `screens/${name}-${language}`);
      expect(await axeViolations(page), `${name} in ${language}`).toEqual([]);
      if (view.error) expect(await page.locator('.call-staff__code').textContent()).toBe(view.error.supportCode);
      if (view.timeoutWarning) await page.waitForSelector('[data-overlay="timeout-warning"] [data-action="more-time"]');
      if (view.isHelpOpen) await page.waitForSelector('[data-overlay="help"] [data-action="close-help"]');
      if (view.appSignIn?.qrText) expect(await decodeQr(page, 'svg.qr')).toBe(view.appSignIn.qrText);
      // no receipt came out: the reference is on screen as a QR a phone can read
      if (view.outcome && !view.outcome.isReceiptPrinted) expect(await decodeQr(page, 'svg.qr')).toBe(view.outcome.reference);
    }
    // no dev panel without a dev channel (as in Electron)
    expect(await page.locator('.dev-panel').count()).toBe(0);
    await page.close();
  });

  it('given the help overlay and the timeout warning, when their buttons are pressed, then they send HELP.CLOSED, MORE_TIME and CANCEL', async () => {
    const page = await browser.newPage();
    await page.goto(server.bridge.pageUrl);
    const byName = new Map(fixtureViews('en').map((fixture) => [fixture.name, fixture.view]));
    port.show(byName.get('help')!);
    await page.click('[data-action="close-help"]');
    port.show(byName.get('timeout-warning')!);
    await page.click('[data-action="more-time"]');
    await page.click('[data-action="end-session"]');
    await expect.poll(() => port.received.map((event) => event.type)).toEqual(['HELP.CLOSED', 'MORE_TIME', 'CANCEL']);
    await page.close();
  });

  it('given the socket to the kiosk core drops, then the screen says it is reconnecting instead of ignoring taps silently', async () => {
    const lonely = await startTestServer(createRecordingPort(fixtureViews('ar')[0]!.view), undefined);
    const page = await browser.newPage();
    await page.goto(lonely.bridge.pageUrl);
    await page.waitForSelector('[data-screen="attract"]');
    expect(await page.locator('[data-connection="lost"]').count()).toBe(0);
    await lonely.close();
    await page.waitForSelector('[data-connection="lost"]');
    await page.close();
  });
});
