// PdfRenderer over Electron's webContents.printToPDF, without importing electron: the shell
// (electron/shell/, the only folder that may) hands in a host that opens a hidden, sandboxed,
// offline window and loads our HTML into it (a temp file or its app:// protocol: the HTML
// carries ~2 MB of fonts, past Chromium's limit for data: URLs). This file adds the page
// settings, the timeout and the error values, so both engines behave alike.
import type { Result } from '../../hardware/result';
import { err, ok } from '../../hardware/result';
import type { PdfRenderer, PdfRenderError } from './pdf-renderer';
import { a4PdfSettings } from './pdf-renderer';

/** The part of Electron's WebContents we use (printToPDF's option names are Electron's). */
export interface PrintablePage {
  printToPDF(options: { pageSize: 'A4'; printBackground: boolean; preferCSSPageSize: boolean }): Promise<Uint8Array>;
}

export interface PrintablePageHost {
  /** Opens a hidden window with this HTML loaded (fonts ready). */
  open(html: string): Promise<PrintablePage>;
  /** Closes it, whatever happened. */
  close(page: PrintablePage): void;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export class PrintToPdfRenderer implements PdfRenderer {
  constructor(
    private readonly host: PrintablePageHost,
    private readonly timeoutMs = 30_000,
  ) {}

  async renderHtmlToPdf(html: string): Promise<Result<Uint8Array, PdfRenderError>> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<Result<Uint8Array, PdfRenderError>>((resolve) => {
      timer = setTimeout(() => resolve(err({ kind: 'timeout' })), this.timeoutMs);
    });
    const rendering = (async (): Promise<Result<Uint8Array, PdfRenderError>> => {
      let page: PrintablePage;
      try {
        page = await this.host.open(html);
      } catch (error) {
        return err({ kind: 'engine-unavailable', detail: message(error) });
      }
      try {
        return ok(new Uint8Array(await page.printToPDF({ ...a4PdfSettings })));
      } catch (error) {
        return err({ kind: 'render-failed', detail: message(error) });
      } finally {
        this.host.close(page);
      }
    })();
    const result = await Promise.race([rendering, timedOut]);
    clearTimeout(timer);
    return result;
  }

  async close(): Promise<void> {
    // windows are closed per render: nothing stays open
  }
}
