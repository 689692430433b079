// A PdfRenderer for unit tests: hands back the certificate's HTML as the "PDF" bytes, so a test
// can read what would have been printed without starting Chromium (test/system renders for real).
import { ok } from '../../../hardware/result';
import type { PdfRenderer } from '../../../electron/documents/pdf-renderer';

export const htmlEchoRenderer: PdfRenderer = {
  renderHtmlToPdf: async (html) => ok(new TextEncoder().encode(html)),
  close: async () => {},
};
