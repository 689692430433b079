// Issue 8 "bad input" on the real kiosk core, tapped in a browser: the A4 printer runs out of
// paper once a certificate is paid for. The person sees why, that the certificate is kept
// under its number, and chooses: post (recorded at the central for the address on record) or a
// reprint later (the code shows on take card and goes on the receipt).
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ok } from '../../hardware/result';
import type { PdfRenderer } from '../../electron/documents/pdf-renderer';
import { serviceScenarios } from '../../electron/sim/service-scenarios';
import { expectScreen, saveScreenshot, tap, withDevPanel } from './support/kiosk-page';
import { localeText } from './support/locale-text';
import { realKioskInBrowser } from './support/real-kiosk';
import { walkScenario } from './support/scenario-walk';

/** The screen is what is under test here, not the PDF engine: a small stand-in document. */
const stubPdf: PdfRenderer = { renderHtmlToPdf: async () => ok(new TextEncoder().encode('%PDF-1.7 certificate')), close: async () => {} };

/** The certificate scenario up to the payment; the document problem follows. */
function stepsToPayment() {
  const steps = serviceScenarios.find((scenario) => scenario.id === 'certificate')?.steps ?? [];
  const pay = steps.findIndex((step) => 'send' in step && step.send.type === 'PAY.CONFIRMED');
  return [...steps.slice(0, pay + 1), { expect: 'document-problem' as const }];
}

describe('a paid certificate the A4 printer could not print, on the real kiosk core', () => {
  const real = realKioskInBrowser();

  it.each([
    ['ar', 'post'],
    ['en', 'reprint'],
  ] as const)('given %s and paper out after the payment, when the person chooses %s, then the central records it and take card says how the certificate comes', async (language, choice) => {
    const server = await real.start(
      { timeouts: { goodbyeMs: 300 }, devices: { a4Printer: { kind: 'simulated' } } },
      // the A4 printer was ready when the money was taken; it runs out right after
      { pdfRenderer: stubPdf, faults: { afterPaidCommit: () => real.server?.kiosk.simulators.a4Printer?.setStatus({ kind: 'paper-out' }) } },
    );
    const page = await real.browser.newPage();
    await page.goto(server.bridge.pageUrl);
    await walkScenario(page, stepsToPayment(), { language });

    await expectScreen(page, 'document-problem', language);
    expect(await page.locator('[role="alert"]').textContent()).toBe(localeText(language, 'documents', 'printer-problem.paper-out'));
    const documentId = server.kiosk.outbox?.list('synced', 10)[0]?.centralRequestId ?? '';
    expect(documentId).toMatch(/^CRT-\d{4}-\d{6}$/);
    expect(await page.locator('.reference').first().textContent()).toBe(documentId);
    for (const action of ['wait', 'reprint', 'post']) {
      expect(await page.locator(`[data-control="document-${action}"]`).textContent()).toBe(localeText(language, 'documents', `printer-problem.action.${action}`));
    }
    await saveScreenshot(page, `document-problem-${language}`);
    // the reason, the number, and the three choices fit the screen without scrolling
    expect(await page.$eval('.screen__body', (body) => body.scrollHeight - body.clientHeight)).toBeLessThanOrEqual(0);
    // nothing came out, and the queued job waits for the person's choice
    expect(server.kiosk.simulators.a4Printer?.printed()).toEqual([]);

    await tap(page, `[data-control="document-${choice}"]`);
    await expectScreen(page, 'take-card', language);
    const lead = page.locator('.screen__lead');
    expect(await lead.getAttribute('data-message')).toBe(`services:certificate.document-${choice}`);
    await saveScreenshot(page, `document-problem-${choice}-take-card-${language}`);

    const central = new Database(join(server.kiosk.dataDir, 'central', 'central.sqlite'), { readonly: true });
    const recorded = central.prepare('SELECT document_id AS documentId, choice, status, reprint_code AS reprintCode FROM document_choices').all() as { documentId: string; choice: string; status: string; reprintCode: string }[];
    central.close();
    expect(recorded).toEqual([{ documentId, choice, status: choice === 'post' ? 'to-post' : 'to-reprint', reprintCode: expect.stringMatching(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/) }]);
    if (choice === 'reprint') expect(await lead.textContent()).toContain(recorded[0]?.reprintCode);

    // paper back: the withdrawn job does not come out for nobody
    server.kiosk.simulators.a4Printer?.setStatus({ kind: 'ready' });
    expect(server.kiosk.simulators.a4Printer?.printed()).toEqual([]);
    await withDevPanel(page, () => tap(page, '[data-dev="card-remove"]'));
    await expectScreen(page, 'attract', 'ar');
    await page.close();
  });
});
