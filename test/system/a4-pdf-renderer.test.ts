// The Chromium PDF engine on its own: our fonts end up embedded, and a missing browser is a
// value the kiosk can show, not a crash.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { renderCertificatePdf } from '../../electron/documents/certificate-pdf';
import { ChromiumPdfRenderer } from '../../electron/documents/chromium-pdf-renderer';
import { sampleCertificate } from '../../electron/documents/sample-certificates';

const run = promisify(execFile);

describe('Chromium PDF renderer', () => {
  const renderer = new ChromiumPdfRenderer();
  afterAll(async () => {
    await renderer.close();
  });

  it('given an Arabic certificate, then the PDF is one A4 page with the app\'s Naskh and Sans faces embedded', async () => {
    const pdf = await renderCertificatePdf(sampleCertificate('no-objection', 'ar'), renderer);
    if (!pdf.ok) throw new Error(JSON.stringify(pdf.error));
    const file = join(mkdtempSync(join(tmpdir(), 'kiosk-pdf-')), 'noc.pdf');
    writeFileSync(file, pdf.value);
    const info = (await run('pdfinfo', [file])).stdout;
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const fonts = (await run('pdffonts', [file])).stdout;
    expect(fonts).toMatch(/NotoNaskhArabic-Regular\s.*\byes\s+yes\s+yes\b/);
    expect(fonts).toMatch(/NotoSans-Regular\s.*\byes\s+yes\s+yes\b/);
  });

  it('given no browser at the configured path, then rendering answers engine-unavailable', async () => {
    const missing = new ChromiumPdfRenderer({ executablePath: '/nonexistent/chromium' });
    const result = await missing.renderHtmlToPdf('<p>x</p>');
    expect(result).toMatchObject({ ok: false, error: { kind: 'engine-unavailable' } });
    await missing.close();
  });
});
