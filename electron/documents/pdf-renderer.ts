// The PDF engine as a port: Chromium's print-to-PDF of our HTML. The plain-Node core and the
// tests use Debian's Chromium through playwright-core (chromium-pdf-renderer.ts); the Electron
// shell provides one over webContents.printToPDF, with the same page settings.
import type { Result } from '../../hardware/result';

export type PdfRenderError =
  | { readonly kind: 'engine-unavailable'; readonly detail: string }
  | { readonly kind: 'render-failed'; readonly detail: string }
  | { readonly kind: 'timeout' };

export interface PdfRenderer {
  /** A4, backgrounds printed, the page's own @page margins. */
  renderHtmlToPdf(html: string): Promise<Result<Uint8Array, PdfRenderError>>;
  close(): Promise<void>;
}

/** The settings both engines use (Electron's printToPDF takes the same names). */
export const a4PdfSettings = { pageSize: 'A4', printBackground: true, preferCSSPageSize: true } as const;
