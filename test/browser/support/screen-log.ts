// Records every screen the page shows, even ones that last a frame (paying, printing), so a
// walk can assert on screens it could never catch by polling.
import type { Page } from 'playwright-core';

export interface LoggedScreen {
  readonly screen: string;
  readonly dir: string;
  readonly lang: string;
  readonly heading: string;
}

declare global {
  interface Window {
    __screenLog?: LoggedScreen[];
  }
}

export async function installScreenLog(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: LoggedScreen[] = [];
    window.__screenLog = log;
    const record = (): void => {
      const root = document.querySelector('[data-screen]');
      if (!root) return;
      const entry = { screen: root.getAttribute('data-screen') ?? '', dir: root.getAttribute('dir') ?? '', lang: root.getAttribute('lang') ?? '', heading: root.querySelector('h1')?.textContent?.trim() ?? '' };
      const last = log.at(-1);
      if (!last || last.screen !== entry.screen || last.lang !== entry.lang || last.heading !== entry.heading) log.push(entry);
    };
    new MutationObserver(record).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

export async function readScreenLog(page: Page): Promise<LoggedScreen[]> {
  return page.evaluate(() => window.__screenLog ?? []);
}
