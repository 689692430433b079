// A certificate as PDF bytes: HTML from the kind's template, then the injected engine.
import type { Result } from '../../hardware/result';
import { err, ok } from '../../hardware/result';
import type { CertificateData } from './certificate-data';
import { certificateHtml, loadCertificateResources } from './certificate-html';
import type { CertificateSetupError } from './certificate-html';
import type { PdfRenderer, PdfRenderError } from './pdf-renderer';

export type CertificatePdfError = CertificateSetupError | PdfRenderError;

export async function renderCertificatePdf(data: CertificateData, renderer: PdfRenderer): Promise<Result<Uint8Array, CertificatePdfError>> {
  const resources = loadCertificateResources(data.language);
  if (!resources.ok) return err(resources.error);
  const pdf = await renderer.renderHtmlToPdf(await certificateHtml(data, resources.value.strings, resources.value.fonts));
  return pdf.ok ? ok(pdf.value) : err(pdf.error);
}
