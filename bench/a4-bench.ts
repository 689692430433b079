// A4 certificate figures: template → HTML → Chromium print-to-PDF, as the kiosk does per paid
// certificate. The first render (browser start) is reported apart; the figure is the median of
// 5 warm renders of the Arabic residency certificate.
import { renderCertificatePdf } from '../electron/documents/certificate-pdf';
import { ChromiumPdfRenderer } from '../electron/documents/chromium-pdf-renderer';
import { sampleCertificate } from '../electron/documents/sample-certificates';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function runA4Bench(): Promise<Record<string, number>> {
  const renderer = new ChromiumPdfRenderer();
  try {
    const render = async (n: number): Promise<number> => {
      const started = performance.now();
      const pdf = await renderCertificatePdf(sampleCertificate('residency', 'ar', `CRT-2026-9${String(n).padStart(5, '0')}`), renderer);
      if (!pdf.ok) throw new Error(`a4 bench: render failed: ${JSON.stringify(pdf.error)}`);
      return performance.now() - started;
    };
    const coldMs = await render(0);
    const warm: number[] = [];
    for (let i = 1; i <= 5; i++) warm.push(await render(i));
    return {
      a4_certificate_html_to_pdf_ms: Math.round(median(warm)),
      a4_certificate_first_render_with_browser_start_ms: Math.round(coldMs),
    };
  } finally {
    await renderer.close();
  }
}
