// Who does not get into technician mode: a technician card with a wrong PIN, a cloned
// technician card (same identity and certificate, another key), and a resident's card. The
// two refusals are counted in the audit log.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openAuditLog } from '../../electron/audit/audit-log';
import { launchChromium, type TestBrowser } from './support/chromium';
import { saveScreenshot } from './support/kiosk-page';
import { insertCardAndTypePin, newDataDir, startKioskOn, type TechnicianKiosk } from './support/technician-kiosk';

describe('cards that do not open technician mode', () => {
  let browser: TestBrowser;
  let server: TechnicianKiosk | undefined;
  let data: ReturnType<typeof newDataDir>;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
    data.remove();
  });
  afterAll(async () => {
    await browser.close();
  });

  const start = async () => {
    data = newDataDir();
    server = await startKioskOn(data.dir);
    const page = await browser.newPage();
    await page.goto(server.bridge.pageUrl);
    return { page, kiosk: server.kiosk };
  };
  const refusals = () => {
    const audit = openAuditLog(join(data.dir, 'audit.sqlite'));
    if (!audit.ok) throw new Error('no audit log');
    const count = audit.value.count('technician.refused');
    audit.value.close();
    return count;
  };

  it('given a technician card and a wrong PIN, then the PIN screen says so, technician mode stays shut, and the attempt is counted', async () => {
    const { page, kiosk } = await start();
    await insertCardAndTypePin(page, kiosk, 'technician', '1111');
    await page.waitForSelector('[data-screen="pin"] [data-message="screens:pin.wrong"]');
    await saveScreenshot(page, 'technician/refused-wrong-pin-ar');
    expect(await page.locator('[data-screen="technician"]').count()).toBe(0);
    expect(refusals()).toBe(1);
  });

  it('given a cloned technician card, then it is refused as not authentic before any PIN, and counted', async () => {
    const { page, kiosk } = await start();
    await insertCardAndTypePin(page, kiosk, 'technician', '9753', { isCloned: true });
    await page.waitForSelector('[data-screen="error"] [data-message="screens:problem.card-not-authentic"]');
    await saveScreenshot(page, 'technician/refused-cloned-ar');
    expect(await page.locator('[data-screen="pin"]').count()).toBe(0);
    expect(refusals()).toBe(1);
  });

  it('given a resident card and its PIN, then the residents menu opens, never technician mode', async () => {
    const { page, kiosk } = await start();
    await insertCardAndTypePin(page, kiosk, 'resident', '1234');
    await page.waitForSelector('[data-screen="menu"]');
    expect(await page.locator('[data-action="tech-open"]').count()).toBe(0);
    expect(refusals()).toBe(0);
  });
});
