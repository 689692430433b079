// The app:// handler's Content-Security-Policy, enforced by a real Chromium: the built
// renderer draws every screen under it without a single violation, while an injected inline
// script, a remote fetch and a remote image are refused. The handler is served over a local
// HTTP port (Chromium has no app:// here), each request handed to it as app://kiosk/<path>.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as buildRenderer } from 'vite';
import type { Page } from 'playwright-core';
import type { View } from '../../electron/bridge/contract';
import { createAppRequestHandler } from '../../electron/shell/app-request-handler';
import { appContentSecurityPolicy } from '../../electron/shell/content-security-policy';
import { launchChromium, type TestBrowser } from './support/chromium';
import { fixtureViews } from './support/fixture-views';

const appRoot = fileURLToPath(new URL('../..', import.meta.url));
let work: string;
let server: Server;
let origin: string;
let browser: TestBrowser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kiosk-csp-'));
  const rendererOut = join(work, 'renderer-dist');
  await buildRenderer({ root: join(appRoot, 'renderer'), configFile: join(appRoot, 'renderer', 'vite.config.ts'), logLevel: 'error', build: { outDir: rendererOut, emptyOutDir: true } });
  const handle = createAppRequestHandler({ rootDir: rendererOut, onRefused: () => undefined });
  server = createServer((request, response) => {
    handle(new Request(`app://kiosk${request.url ?? '/'}`, { method: request.method ?? 'GET' })).then(async (answer) => {
      response.writeHead(answer.status, Object.fromEntries(answer.headers));
      response.end(Buffer.from(await answer.arrayBuffer()));
    }, (error: Error) => response.destroy(error));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A page with the preload's bridge stood in (as Electron would provide it) and violations recorded. */
async function openKiosk(): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const violations: { directive: string; blocked: string }[] = [];
    w.__violations = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI }));
    let listener: ((view: unknown) => void) | undefined;
    w.__show = (view: unknown) => listener?.(view);
    w.kiosk = {
      subscribe(next: (view: unknown) => void) {
        listener = next;
        return () => undefined;
      },
      send() {},
    };
  });
  return page;
}

const violationsOf = (page: Page) => page.evaluate(() => (window as unknown as { __violations: { directive: string; blocked: string }[] }).__violations);

describe('the app:// Content-Security-Policy in Chromium', () => {
  it('is the header on the page Chromium receives', async () => {
    const page = await openKiosk();
    const response = await page.goto(`${origin}/index.html`);
    expect(response?.headers()['content-security-policy']).toBe(appContentSecurityPolicy);
    await page.close();
  });

  it.each(['ar', 'en'])('lets the built renderer draw every screen in %s without one violation', async (language) => {
    const page = await openKiosk();
    await page.goto(`${origin}/index.html`);
    for (const fixture of fixtureViews(language)) {
      await page.evaluate((view: View) => (window as unknown as { __show(v: View): void }).__show(view), fixture.view);
      await page.locator(`[data-screen="${fixture.view.screen}"]`).first().waitFor({ timeout: 5_000 });
    }
    await page.evaluate(() => document.fonts.ready);
    expect(await violationsOf(page)).toEqual([]);
    await page.close();
  });

  it('refuses an injected inline script, a remote fetch and a remote image', async () => {
    const page = await openKiosk();
    await page.goto(`${origin}/index.html`);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.head.append(script);
      const fetched = await fetch('https://example.invalid/steal').then(() => true, () => false);
      const image = new Image();
      const loaded = await new Promise<boolean>((resolve) => {
        image.onload = () => resolve(true);
        image.onerror = () => resolve(false);
        image.src = 'https://example.invalid/pixel.png';
      });
      return { inline: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, fetched, loaded };
    });
    expect(ran).toEqual({ inline: false, fetched: false, loaded: false });
    const directives = (await violationsOf(page)).map((v) => v.directive).sort();
    expect(directives).toEqual(['connect-src', 'img-src', 'script-src-elem']);
    await page.close();
  });
});
