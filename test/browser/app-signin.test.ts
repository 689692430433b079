import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { approveLogin } from '../../central/login/approve-login';
import { parseQrText } from '../../central/login/qr-text';
import { cardHolders } from '../../central/seed/people';
import { expectScreen, saveScreenshot, tap, withDevPanel } from './support/kiosk-page';
import { realKioskInBrowser } from './support/real-kiosk';

const kioskId = 'KIOSK-APP-01';
const fatima = cardHolders.sponsor;

/** Reads the QR code off a whole-screen PNG, as the phone's camera would see the screen. */
function decodeQrFromPng(path: string): string | undefined {
  const png = PNG.sync.read(readFileSync(path));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

const holderName = async (page: Page) => (await page.locator('.screen__holder bdi').first().textContent())?.trim();

describe('sign in with the ministry app, on the real kiosk core', () => {
  const real = realKioskInBrowser();

  it.each(['ar', 'en'])('given %s, when the code on screen is scanned and approved in the app, then the menu greets that person and the session ends without a card to take', async (language) => {
    const server = await real.start({ kioskId, timeouts: { goodbyeMs: 500 } });
    const page = await real.browser.newPage();
    await page.goto(server.bridge.pageUrl);
    await expectScreen(page, 'attract', 'ar');
    // Nothing on the attract screen picks a language yet; the core takes the choice from anywhere.
    if (language !== 'ar') server.kiosk.send({ type: 'LANGUAGE.CHOSEN', language });
    await expectScreen(page, 'attract', language);

    await tap(page, '[data-action="app-signin"]');
    await expectScreen(page, 'app-signin', language);
    await page.waitForSelector('svg.qr');
    const screenshot = await saveScreenshot(page, `app-signin-${language}`);
    const qrText = decodeQrFromPng(screenshot);
    expect(qrText, 'a QR code readable from the screenshot').toBeDefined();
    expect(parseQrText(qrText ?? '')?.kioskId).toBe(kioskId);

    expect(await approveLogin({ centralUrl: server.kiosk.centralUrl, code: qrText ?? '', idNumber: fatima.idNumber })).toMatchObject({ ok: true });
    await expectScreen(page, 'menu', language);
    expect(await holderName(page)).toBe(language === 'ar' ? fatima.nameAr : fatima.nameLatin);
    await saveScreenshot(page, `app-signin-menu-${language}`);

    await tap(page, '[data-action="cancel"]');
    await expectScreen(page, 'goodbye', language);
    await expectScreen(page, 'attract', 'ar');
    await page.close();
  });

  it('given the central is down, then attract greys out app sign-in with the reason and shows no code, and a card login still works', async () => {
    const server = await real.start({ kioskId });
    await server.kiosk.embeddedCentral?.close();
    const page = await real.browser.newPage();
    await page.goto(server.bridge.pageUrl);
    await expectScreen(page, 'attract', 'ar');
    // The kiosk learns the central is gone (heartbeat or a failed call) and offers no code at all.
    await page.waitForSelector('[data-action="app-signin"]:disabled', { timeout: 15_000 });
    expect(await page.locator('.attract__secondary .button__note').first().innerText()).not.toBe('');
    expect(await page.locator('svg.qr').count()).toBe(0);
    await saveScreenshot(page, 'app-signin-unavailable-ar');

    await withDevPanel(page, async () => {
      await page.selectOption('[data-dev="holder"]', 'resident');
      await tap(page, '[data-dev="card-insert"]');
    });
    await expectScreen(page, 'pin', 'ar');
    for (const digit of cardHolders.resident.pin) await tap(page, `[data-digit="${digit}"]`);
    await tap(page, '[data-action="pin-submit"]');
    await expectScreen(page, 'menu', 'ar');
    expect(await holderName(page)).toBe(cardHolders.resident.nameAr);
    await page.close();
  });
});
