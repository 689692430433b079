// PdfRenderer on Debian's Chromium, driven by playwright-core: for the plain-Node core, the
// simulator CLI and the tests (the Electron shell uses printToPDF instead). One browser per
// renderer, started on first use with a fresh profile folder, removed on close. Pages are
// offline: the HTML carries its fonts and QR inline.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { Result } from '../../hardware/result';
import { err, ok } from '../../hardware/result';
import type { PdfRenderer, PdfRenderError } from './pdf-renderer';
import { a4PdfSettings } from './pdf-renderer';

export interface ChromiumPdfOptions {
  readonly executablePath?: string;
  readonly timeoutMs?: number;
}

const chromiumArgs = [
  '--headless',
  '--no-sandbox', // we run as root in CI; the page is our own HTML, offline
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const message = (error: unknown): string => (error instanceof Error ? error.message.split('\n')[0]! : String(error));

export class ChromiumPdfRenderer implements PdfRenderer {
  private started: Promise<Result<{ context: BrowserContext; profile: string }, PdfRenderError>> | undefined;

  constructor(private readonly options: ChromiumPdfOptions = {}) {}

  private start(): Promise<Result<{ context: BrowserContext; profile: string }, PdfRenderError>> {
    this.started ??= (async () => {
      const profile = await mkdtemp(join(tmpdir(), 'kiosk-pdf-profile-'));
      try {
        const context = await chromium.launchPersistentContext(profile, {
          executablePath: this.options.executablePath ?? '/usr/bin/chromium',
          args: chromiumArgs,
          headless: true,
          offline: true,
        });
        return ok({ context, profile });
      } catch (error) {
        await rm(profile, { recursive: true, force: true });
        return err({ kind: 'engine-unavailable', detail: message(error) });
      }
    })();
    return this.started;
  }

  async renderHtmlToPdf(html: string): Promise<Result<Uint8Array, PdfRenderError>> {
    const engine = await this.start();
    if (!engine.ok) {
      this.started = undefined; // try a fresh browser next time
      return engine;
    }
    const timeoutMs = this.options.timeoutMs ?? 30_000;
    const page = await engine.value.context.newPage();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // page.pdf() has no timeout of its own: a hung print must not hang the session
    const timedOut = new Promise<Result<Uint8Array, PdfRenderError>>((resolve) => {
      timer = setTimeout(() => resolve(err({ kind: 'timeout' })), timeoutMs);
    });
    const rendering = (async (): Promise<Result<Uint8Array, PdfRenderError>> => {
      try {
        await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const pdf = await page.pdf({ format: a4PdfSettings.pageSize, printBackground: a4PdfSettings.printBackground, preferCSSPageSize: a4PdfSettings.preferCSSPageSize });
        return ok(new Uint8Array(pdf));
      } catch (error) {
        return err(/timeout/i.test(message(error)) ? { kind: 'timeout' } : { kind: 'render-failed', detail: message(error) });
      }
    })();
    const result = await Promise.race([rendering, timedOut]);
    clearTimeout(timer);
    await page.close();
    return result;
  }

  async close(): Promise<void> {
    const started = this.started;
    this.started = undefined;
    const engine = await started;
    if (!engine?.ok) return;
    await engine.value.context.close();
    await rm(engine.value.profile, { recursive: true, force: true });
  }
}
