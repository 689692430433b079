import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecordingPort, type RecordingPort } from '../../electron/bridge/ws-test-kit';
import { controlsOf } from '../../electron/keypad/controls';
import { clippedContent, controlBoxes, hiddenUntilScrolled } from './support/a11y-checks';
import { a11yFixtures } from './support/a11y-fixtures';
import { kioskViewport, launchChromium, type TestBrowser } from './support/chromium';
import { fixtureViews } from './support/fixture-views';
import { saveScreenshot } from './support/kiosk-page';
import { showView } from './support/show-view';
import { startTestServer, type TestServer } from './support/test-server';

// Every control on every kind of screen, measured at 1920×1080: at least 64×64 CSS px; in the
// low-reach layout none starts above the middle of the screen; with text ×1.5 and ×2 nothing
// sticks out sideways or is cut off; and every control is one the keypad can reach.
describe('control sizes, low reach, large text and keypad reach on every kind of screen', () => {
  let browser: TestBrowser;
  let server: TestServer;
  let port: RecordingPort;
  const middle = kioskViewport.height / 2;
  const mustBeInSight = ['pin-submit', 'pin-erase', 'pay', 'confirm-items', 'submit-form', 'more-time', 'close-help', 'close-settings', 'start', 'done', 'retry'];

  beforeAll(async () => {
    browser = await launchChromium();
    port = createRecordingPort(fixtureViews('ar')[0]!.view);
    server = await startTestServer(port, undefined);
  });
  afterAll(async () => {
    await server.close();
    await browser.close();
  });

  it.each(['ar', 'en'])('given %s in the standard layout, then no control on any screen is smaller than 64×64 px', async (language) => {
    const page = await browser.newPage();
    await page.goto(server.bridge.pageUrl);
    const small: string[] = [];
    let measured = 0;
    for (const { name, view } of a11yFixtures(language)) {
      await showView(page, port, view);
      const boxes = await controlBoxes(page);
      measured += boxes.length;
      for (const box of boxes) if (box.width < 64 || box.height < 64) small.push(`${name}: ${box.name} ${box.width}×${box.height}`);
    }
    await page.close();
    expect(measured).toBeGreaterThan(100);
    expect(small).toEqual([]);
  });

  it.each(['ar', 'en'])('given %s in the low-reach layout, then every control is at least 64×64 px and in the lower half of the screen', async (language) => {
    const page = await browser.newPage();
    await page.goto(server.bridge.pageUrl);
    const wrong: string[] = [];
    for (const { name, view } of a11yFixtures(language, { layout: 'low-reach' })) {
      await showView(page, port, view);
      for (const box of await controlBoxes(page)) {
        if (box.width < 64 || box.height < 64) wrong.push(`${name}: ${box.name} ${box.width}×${box.height}`);
        if (box.y < middle) wrong.push(`${name}: ${box.name} starts at y=${box.y}, above the middle (${middle})`);
      }
      // the controls that finish a step are in sight without scrolling
      for (const hidden of await hiddenUntilScrolled(page, mustBeInSight)) wrong.push(`${name}: ${hidden} needs scrolling to be seen`);
      if (language === 'en') await saveScreenshot(page, `a11y/low-reach/${name}-${language}`);
    }
    await page.close();
    expect(wrong).toEqual([]);
  });

  it.each([
    ['ar', 1.5],
    ['en', 1.5],
    ['ar', 2],
    ['en', 2],
  ] as const)('given %s with text ×%s, then no text or control sticks out of the screen or is cut off, and controls stay 64×64 px or more', async (language, textScale) => {
    const page = await browser.newPage();
    await page.goto(server.bridge.pageUrl);
    const wrong: string[] = [];
    for (const { name, view } of a11yFixtures(language, { textScale })) {
      await showView(page, port, view);
      for (const problem of await clippedContent(page)) wrong.push(`${name}: ${problem}`);
      for (const box of await controlBoxes(page)) {
        if (box.width < 64 || box.height < 64) wrong.push(`${name}: ${box.name} ${box.width}×${box.height}`);
        if (box.x < 0 || box.x + box.width > kioskViewport.width + 1) wrong.push(`${name}: ${box.name} outside the screen sideways`);
      }
      if (language === 'en') await saveScreenshot(page, `a11y/text-${textScale * 100}/${name}-${language}`);
    }
    await page.close();
    expect(wrong).toEqual([]);
  });

  it.each(['ar', 'en'])('given %s, then every control on screen is one the keypad can reach, and every keypad control is on screen', async (language) => {
    const page = await browser.newPage();
    await page.goto(server.bridge.pageUrl);
    const mismatches: string[] = [];
    for (const { name, view } of a11yFixtures(language)) {
      await showView(page, port, view);
      const onScreen = await page.evaluate(() =>
        [...document.querySelectorAll('[data-screen] :is(button, input, select, [role="textbox"], [role="radio"])')]
          .filter((element) => !element.closest('[inert]') && element.getAttribute('data-action') !== 'pin-digit')
          .map((element) => element.getAttribute('data-control') || element.id || `(${element.getAttribute('data-action') ?? element.tagName})`),
      );
      const reachable = controlsOf(view).map((control) => control.id);
      for (const id of onScreen) if (!reachable.includes(id)) mismatches.push(`${name}: "${id}" on screen, not reachable by keypad`);
      for (const id of reachable) if (!onScreen.includes(id)) mismatches.push(`${name}: keypad control "${id}" not on screen`);
    }
    await page.close();
    expect(mismatches).toEqual([]);
  });
});
