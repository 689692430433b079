// A technician's card opens technician mode; the receipt printer is moved to a network printer
// (the virtual ESC/POS printer), set to 58 mm, tested and saved; after a restart (a new kiosk
// core on the same data folder) the kiosk runs on it and the audit log is intact.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VirtualEscPosPrinter } from '../../hardware/printer/virtual-printer/virtual-printer';
import { verifyAuditFile } from '../../electron/audit/verify-audit-file';
import { launchChromium, type TestBrowser } from './support/chromium';
import { saveScreenshot, tap } from './support/kiosk-page';
import { expectKeypadReachesEveryControl, expectTechnicianPage, insertCardAndTypePin, newDataDir, startKioskOn } from './support/technician-kiosk';

describe('technician mode in the browser', () => {
  let browser: TestBrowser;
  let printer: VirtualEscPosPrinter;
  let port: number;

  beforeAll(async () => {
    browser = await launchChromium();
    printer = new VirtualEscPosPrinter({ widthDots: 384 });
    port = await printer.listen(0);
  });
  afterAll(async () => {
    await printer.close();
    await browser.close();
  });

  it('given a technician card and its PIN, when the receipt printer is reassigned to a network printer, tested and saved, then the config survives a restart', async () => {
    const data = newDataDir();
    // a generous probe timeout: a loaded test machine can be slow to accept even on loopback
    const overrides = { languages: ['en', 'ar'], maintenance: { tcpPrinterProbes: [{ host: '127.0.0.1', port }], probeTimeoutMs: 5_000 } };
    let server = await startKioskOn(data.dir, overrides);
    try {
      const page = await browser.newPage();
      await page.goto(server.bridge.pageUrl);
      await insertCardAndTypePin(page, server.kiosk, 'technician', '9753');
      await expectTechnicianPage(page, 'home', 'en');
      await saveScreenshot(page, 'technician/home-en');

      await tap(page, '[data-action="tech-open"][data-page="devices"]');
      await expectTechnicianPage(page, 'devices', 'en');
      await tap(page, '[data-action="tech-role"][data-role="receipt-printer"]');
      await expectTechnicianPage(page, 'device', 'en');
      await tap(page, '[data-action="tech-discover"]');
      const option = page.locator('[data-action="tech-choose"]', { hasText: `127.0.0.1:${port}` });
      await option.waitFor({ timeout: 15_000 });
      await option.click();
      await tap(page, '[data-action="tech-setting"][data-name="paperWidthDots"][data-value="384"]');
      await tap(page, '[data-action="tech-test"]');
      await page.waitForSelector('[data-tech-page="device"] [data-test="passed"]', { timeout: 20_000 });
      await saveScreenshot(page, 'technician/printer-tested-en');
      await expectKeypadReachesEveryControl(page, server.kiosk);
      const [receipt] = await printer.waitForReceipts(1);
      expect(receipt?.summary.unknown).toEqual([]);

      await tap(page, '[data-action="back"]');
      await expectTechnicianPage(page, 'devices', 'en');
      expect(await page.locator('[data-role="receipt-printer"]').textContent()).toContain(`127.0.0.1:${port}`);
      await tap(page, '[data-action="tech-save"]');
      await page.waitForSelector('[data-notice="notice.saved"]');
      await saveScreenshot(page, 'technician/devices-saved-en');
      await tap(page, '[data-action="tech-exit"]');
      await page.waitForSelector('[data-screen="take-card"]');
      await page.close();
    } finally {
      await server.close();
    }

    // the restart: a new core, a new page, the same data folder
    server = await startKioskOn(data.dir, overrides);
    try {
      expect(server.logger.lines.find((line) => line.event === 'kiosk.started')?.fields.printer).toBe('escpos-tcp');
      const page = await browser.newPage();
      await page.goto(server.bridge.pageUrl);
      await insertCardAndTypePin(page, server.kiosk, 'technician', '9753');
      await expectTechnicianPage(page, 'home', 'en');
      await tap(page, '[data-action="tech-open"][data-page="devices"]');
      await expectTechnicianPage(page, 'devices', 'en');
      const row = page.locator('[data-role="receipt-printer"]');
      expect(await row.textContent()).toContain(`127.0.0.1:${port}`);
      expect(await row.locator('[data-health]').getAttribute('data-health')).toBe('ok');
      await page.close();
    } finally {
      await server.close();
    }
    expect(verifyAuditFile(join(data.dir, 'audit.sqlite'))).toMatchObject({ exitCode: 0 });
    data.remove();
  });

  it('given technician mode in Arabic, then every page is drawn right to left with all its text', async () => {
    const data = newDataDir();
    const server = await startKioskOn(data.dir);
    try {
      const page = await browser.newPage();
      await page.goto(server.bridge.pageUrl);
      await insertCardAndTypePin(page, server.kiosk, 'technician', '9753');
      await expectTechnicianPage(page, 'home', 'ar');
      for (const techPage of ['devices', 'outbox', 'logs', 'paper', 'readiness', 'diagnostics', 'restart']) {
        await tap(page, `[data-action="tech-open"][data-page="${techPage}"]`);
        await expectTechnicianPage(page, techPage, 'ar');
        if (techPage === 'readiness') {
          await tap(page, '[data-action="tech-readiness"]');
          await page.waitForSelector('[data-readiness-printed="true"]', { timeout: 20_000 });
          await expectTechnicianPage(page, 'readiness', 'ar'); // the results' texts too
        }
        await expectKeypadReachesEveryControl(page, server.kiosk);
        await saveScreenshot(page, `technician/${techPage}-ar`);
        await tap(page, '[data-action="back"]');
        await expectTechnicianPage(page, 'home', 'ar');
      }
      expect(await page.evaluate(() => document.querySelector('[data-screen]')?.getAttribute('dir'))).toBe('rtl');
      await page.close();
    } finally {
      await server.close();
      data.remove();
    }
  });
});
