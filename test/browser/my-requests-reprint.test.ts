// A certificate kept for a reprint, printed later from My requests, on the real kiosk core in a
// browser: the A4 printer ran out of paper after the payment and the person chose to reprint
// later; with paper back, the same card opens My requests in Arabic, the row says it is ready
// to print and carries a Print button, and a tap prints it once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../../hardware/result';
import type { PdfRenderer } from '../../electron/documents/pdf-renderer';
import { pins, signIn } from '../../electron/sim/scenario-steps';
import { serviceScenarios } from '../../electron/sim/service-scenarios';
import { launchChromium, type TestBrowser } from './support/chromium';
import { expectScreen, saveScreenshot, tap, withDevPanel } from './support/kiosk-page';
import { localeText } from './support/locale-text';
import { overflowingText } from './support/overflow';
import { startRealKiosk, type RealKioskServer } from './support/real-kiosk';
import { walkScenario } from './support/scenario-walk';

/** The screen is what is under test here, not the PDF engine: a small stand-in document. */
const stubPdf: PdfRenderer = { renderHtmlToPdf: async () => ok(new TextEncoder().encode('%PDF-1.7 certificate')), close: async () => {} };

function stepsToPayment() {
  const steps = serviceScenarios.find((scenario) => scenario.id === 'certificate')?.steps ?? [];
  const pay = steps.findIndex((step) => 'send' in step && step.send.type === 'PAY.CONFIRMED');
  return [...steps.slice(0, pay + 1), { expect: 'document-problem' as const }];
}

describe('My requests offers to print a kept certificate, in Arabic', () => {
  let browser: TestBrowser;
  let server: RealKioskServer | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await server?.close();
    await browser.close();
  });

  it('given a certificate kept for a reprint, when the same card opens My requests with paper back, then its row has a Print button that prints it once and the row then says reprinted', async () => {
    server = await startRealKiosk(
      { timeouts: { goodbyeMs: 300 }, devices: { a4Printer: { kind: 'simulated' } } },
      { pdfRenderer: stubPdf, faults: { afterPaidCommit: () => server?.kiosk.simulators.a4Printer?.setStatus({ kind: 'paper-out' }) } },
    );
    const a4 = server.kiosk.simulators.a4Printer;
    const page = await browser.newPage();
    await page.goto(server.bridge.pageUrl);
    await walkScenario(page, stepsToPayment(), { language: 'ar' });
    await tap(page, '[data-control="document-reprint"]');
    await expectScreen(page, 'take-card', 'ar');
    await withDevPanel(page, () => tap(page, '[data-dev="card-remove"]'));
    await expectScreen(page, 'attract', 'ar');
    const documentId = server.kiosk.outbox?.list('synced', 10)[0]?.centralRequestId ?? '';

    a4?.setStatus({ kind: 'ready' });
    await walkScenario(page, [...signIn('resident', pins.resident, 'ar'), { send: { type: 'SERVICE.CHOSEN', serviceId: 'my-requests' } }, { expect: 'info' }], { language: 'ar' });
    await expectScreen(page, 'info', 'ar');
    const row = page.locator('.info-list__row', { hasText: documentId });
    expect(await row.locator('dd').first().textContent()).toBe(localeText('ar', 'central', 'status.document-ready-to-print'));
    const button = row.locator('[data-control^="info-action-"]');
    expect(await button.textContent()).toBe(localeText('ar', 'screens', 'info.reprint'));
    const box = await button.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(64);
    expect(box?.height).toBeGreaterThanOrEqual(64);
    // right to left: the button sits on the left of its row, the request's name on the right
    const rowBox = await row.boundingBox();
    expect((box?.x ?? 0) - (rowBox?.x ?? 0)).toBeLessThan(((rowBox?.width ?? 0) - (box?.width ?? 0)) / 2);
    expect(await overflowingText(page)).toEqual([]);
    await saveScreenshot(page, 'my-requests-reprint-ar');

    await button.click();
    await page.waitForSelector('.screen__lead[data-message="screens:info.reprinted"]', { timeout: 20_000 });
    await page.waitForFunction((id) => [...document.querySelectorAll('.info-list__row')].some((r) => r.textContent?.includes(id) && !r.querySelector('[data-control^="info-action-"]')), documentId, { timeout: 10_000 });
    expect(await row.locator('dd').first().textContent()).toBe(localeText('ar', 'central', 'status.document-reprinted'));
    expect(a4?.printed()).toHaveLength(1);
    await saveScreenshot(page, 'my-requests-reprinted-ar');
    await page.close();
  });
});
