// Issue 6 item 4 on the real kiosk core: the printer runs out of paper once the payment is
// taken. The take-card screen shows the reference large and as a QR code a phone can read,
// and sends the receipt to the phone the central holds, masked on screen.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { holderContacts } from '../../central/seed/contacts';
import { scenarios } from '../../electron/sim/scenarios';
import { decodeQr } from './support/decode-qr';
import { expectScreen, saveScreenshot, tap, withDevPanel } from './support/kiosk-page';
import { localeText } from './support/locale-text';
import { realKioskInBrowser } from './support/real-kiosk';
import { walkScenario } from './support/scenario-walk';

/** The traffic-fines scenario up to the take-card screen. */
function stepsToTakeCard() {
  const steps = scenarios.find((scenario) => scenario.id === 'traffic-fines')?.steps ?? [];
  return steps.slice(0, steps.findIndex((step) => 'expect' in step && step.expect === 'take-card') + 1);
}

describe('a receipt the printer could not print, on the real kiosk core', () => {
  const real = realKioskInBrowser();

  it.each(['ar', 'en'])('given %s and paper out after the payment, when the resident reaches take card, then the reference shows large and as a readable QR, and the receipt goes to his phone on record', async (language) => {
    const server = await real.start(
      { timeouts: { goodbyeMs: 300 } },
      // the printer was ready when the money was taken; it runs out right after
      { faults: { afterPaidCommit: () => real.server?.kiosk.simulators.printer?.setStatus({ kind: 'paper-out' }) } },
    );
    const page = await real.browser.newPage();
    await page.goto(server.bridge.pageUrl);

    const walk = await walkScenario(page, stepsToTakeCard(), { language });
    expect(walk.reference).toMatch(/^\d{4}-\d{6}$/);
    expect(server.kiosk.simulators.printer?.jobs).toEqual([]);
    expect(await page.locator('.screen__lead').getAttribute('data-message')).toBe('screens:take-card.no-receipt');
    expect(await page.locator('.reference--large').textContent()).toBe(walk.reference);
    await page.waitForSelector('svg.qr');
    expect(await decodeQr(page, 'svg.qr'), 'the QR a phone reads').toBe(walk.reference);

    // Ahmed has a phone and an e-mail on record: both offered, masked
    const sms = page.locator('[data-action="receipt-send"][data-channel="sms"]');
    await sms.waitFor();
    expect(await sms.textContent()).toContain('+974 •••• 345');
    expect(await page.locator('[data-action="receipt-send"][data-channel="email"]').textContent()).toContain('a•••@example.qa');
    await tap(page, '[data-action="receipt-send"][data-channel="sms"]');
    const sent = page.locator('[data-sent="sms"]');
    await sent.waitFor();
    expect(await sent.textContent()).toBe(localeText(language, 'screens', 'take-card.sent-sms').replace('{{contact}}', '\u2068+974 •••• 345\u2069'));
    await expectScreen(page, 'take-card', language);
    await saveScreenshot(page, `receipt-fallback-${language}`);
    // everything, the e-mail button too, fits the screen without scrolling
    expect(await page.$eval('.screen__body', (body) => body.scrollHeight - body.clientHeight)).toBeLessThanOrEqual(0);

    const central = new Database(join(server.kiosk.dataDir, 'central', 'central.sqlite'), { readonly: true });
    const sends = central.prepare('SELECT channel, kiosk_id AS kioskId FROM receipt_sends').all();
    central.close();
    expect(sends).toEqual([{ channel: 'sms', kioskId: 'KIOSK-DEV-01' }]);
    const logged = JSON.stringify(server.logger.lines);
    expect(server.logger.lines.filter((line) => line.event === 'receipt.sent').map((line) => line.fields)).toEqual([{ channel: 'sms', outcome: 'sent' }]);
    for (const secret of [holderContacts.resident?.phone, holderContacts.resident?.email]) expect(logged).not.toContain(secret);

    await withDevPanel(page, () => tap(page, '[data-dev="card-remove"]'));
    await expectScreen(page, 'attract', 'ar');
    await page.close();
  });
});
