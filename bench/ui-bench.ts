// UI figures measured in Debian's Chromium on this machine (issue 4):
// - touch_to_frame_ms_p50 / _p95: 200 taps on the traffic-fines items screen of the real
//   kiosk core, each one a round trip (pointer → WebSocket → machine → view → React → frame);
// - cold_start_to_attract_ms: from spawning `npm start` to the attract screen painted in an
//   already running browser (the renderer already built, as on any start after the first).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { cardHolders } from '../central/seed/people';
import { ensureRendererBuilt } from '../electron/browser-mode/renderer-build';
import { launchChromium, type TestBrowser } from '../test/browser/support/chromium';
import { startRealKiosk } from '../test/browser/support/real-kiosk';
import { spawnStart } from '../test/browser/support/spawn-start';
import { installTouchProbe } from './ui-probe';

const taps = 200;

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, index)] ?? Number.NaN) * 10) / 10;
}

async function walkToItems(page: Page): Promise<void> {
  await page.click('[data-action="start"]');
  await page.click('[data-language="en"]');
  await page.click('.dev-panel summary');
  await page.click('[data-dev="card-insert"]');
  await page.click('.dev-panel summary');
  for (const digit of cardHolders.resident.pin) await page.click(`[data-digit="${digit}"]`);
  await page.click('[data-action="pin-submit"]');
  await page.click('[data-service="traffic-fines"]');
  await page.waitForSelector('[data-screen="items"] [data-action="item"]');
}

async function measureTouchToFrame(browser: TestBrowser): Promise<Record<string, number>> {
  const server = await startRealKiosk({ timeouts: { idleMs: 600_000 } });
  try {
    const page = await browser.newPage();
    await page.addInitScript(installTouchProbe);
    await page.goto(server.bridge.pageUrl);
    await walkToItems(page);
    await page.evaluate(() => ((window as unknown as { __tapToFrameMs: number[] }).__tapToFrameMs.length = 0));
    for (let i = 1; i <= taps; i += 1) {
      await page.click('[data-action="item"]');
      await page.waitForFunction((count) => (window as unknown as { __tapToFrameMs: number[] }).__tapToFrameMs.length >= count, i);
    }
    const samples = await page.evaluate(() => (window as unknown as { __tapToFrameMs: number[] }).__tapToFrameMs);
    await page.close();
    const sorted = [...samples].sort((a, b) => a - b);
    return { touch_to_frame_ms_p50: percentile(sorted, 50), touch_to_frame_ms_p95: percentile(sorted, 95) };
  } finally {
    await server.close();
  }
}

async function measureColdStart(browser: TestBrowser): Promise<Record<string, number>> {
  const home = mkdtempSync(join(tmpdir(), 'kiosk-cold-'));
  const startedAt = performance.now();
  const started = spawnStart([], { XDG_DATA_HOME: home }, { viaNpm: true });
  try {
    const line = await started.firstLine;
    const page = await browser.newPage();
    await page.goto(line.slice(line.indexOf('http://')));
    await page.waitForSelector('[data-screen="attract"]');
    await page.evaluate(() => document.fonts.ready.then(() => new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)))));
    const coldStartMs = performance.now() - startedAt;
    await page.close();
    return { cold_start_to_attract_ms: Math.round(coldStartMs) };
  } finally {
    started.interrupt();
    await started.exited;
    rmSync(home, { recursive: true, force: true });
  }
}

export async function runUiBench(): Promise<Record<string, number>> {
  await ensureRendererBuilt();
  const browser = await launchChromium();
  try {
    return { ...(await measureTouchToFrame(browser)), ...(await measureColdStart(browser)) };
  } finally {
    await browser.close();
  }
}
