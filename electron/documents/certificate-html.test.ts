import { describe, expect, it } from 'vitest';
import { certificateHtml, loadCertificateResources } from './certificate-html';
import type { CertificateData } from './certificate-data';
import { certificateKinds } from './certificate-kinds';
import { sampleCertificate } from './sample-certificates';

async function htmlOf(data: CertificateData): Promise<string> {
  const resources = loadCertificateResources(data.language);
  if (!resources.ok) throw new Error(JSON.stringify(resources.error));
  return certificateHtml(data, resources.value.strings, resources.value.fonts);
}

/** The visible text: tags dropped, entities of the escaper decoded. */
const visible = (html: string): string =>
  html
    .replace(/<style>[\s\S]*?<\/style>|<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));

describe('certificate HTML', () => {
  for (const kind of certificateKinds) {
    it(`given a ${kind} certificate in Arabic, then the page is RTL Arabic with the holder, the ID isolated LTR, the code and an inline QR`, async () => {
      const data = sampleCertificate(kind, 'ar');
      const html = await htmlOf(data);
      expect(html).toMatch(/<html lang="ar" dir="rtl">/);
      expect(visible(html)).toContain('وزارة الداخلية');
      expect(visible(html)).toContain(data.holder.name);
      expect(html).toContain(`<bdi dir="ltr">${data.holder.idNumber}</bdi>`);
      expect(visible(html)).toContain(data.verificationCode);
      expect(html).toMatch(/<svg[^>]*viewBox/);
      expect(html).toContain('font-family: "Kiosk Document Naskh"');
      expect(html).not.toMatch(/\{\{|\}\}/);
    });

    it(`given a ${kind} certificate in English, then the page is LTR with no Arabic script outside the Arabic names`, async () => {
      const html = visible(await htmlOf(sampleCertificate(kind, 'en')));
      expect(html).toContain('Ministry of Interior');
      expect(html).not.toMatch(/[\u0600-\u06ff]/);
    });
  }

  it('given an addressee typed with markup, then it is printed as text, never as HTML', async () => {
    const data = { ...sampleCertificate('no-objection', 'en'), addressee: '<img src=x onerror=alert(1)> & Co "Ltd"' } as CertificateData;
    const html = await htmlOf(data);
    expect(html).not.toContain('<img');
    expect(visible(html)).toContain('To: <img src=x onerror=alert(1)> & Co "Ltd"');
  });

  it('given dates, then they are written in words with Latin digits, day first in English', async () => {
    expect(visible(await htmlOf(sampleCertificate('residency', 'en')))).toContain('25 November 2026');
    expect(visible(await htmlOf(sampleCertificate('residency', 'ar')))).toContain('25 نوفمبر 2026');
  });

  it('given a traffic clearance with no vehicle, then it says so instead of an empty list', async () => {
    const data = { ...sampleCertificate('traffic-clearance', 'en'), vehicles: [] } as CertificateData;
    expect(visible(await htmlOf(data))).toContain("No vehicle is registered in the holder's name.");
  });
});
