import { describe, expect, it } from 'vitest';
import { realKioskInBrowser } from './support/real-kiosk';
import { installScreenLog } from './support/screen-log';
import { walkTrafficFines } from './support/traffic-fines-walk';

describe('the traffic-fines slice on the real kiosk core', () => {
  const real = realKioskInBrowser();

  it.each(['ar', 'en'])('given %s, when a resident pays a traffic fine with their ID card, then every screen is in that language and direction and the payment is recorded', async (language) => {
    const server = await real.start({ timeouts: { goodbyeMs: 500 } });
    const page = await real.browser.newPage();
    await installScreenLog(page);
    await page.goto(server.bridge.pageUrl);
    await walkTrafficFines(page, language, { isSavingScreenshots: true });
    await page.close();
    expect(server.logger.lines.filter((line) => line.event === 'payment.outcome').map((line) => line.fields.outcome ?? line.fields.kind)).toContain('approved');
  });
});
