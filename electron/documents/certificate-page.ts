// The page every certificate shares: the ministry's heading, the title, the facts table, the
// kind's own text, and the verification block (QR + code). Templates fill in the middle.
import QRCode from 'qrcode';
import type { CertificateData } from './certificate-data';
import type { DocumentFonts } from './document-fonts';
import type { DocumentStrings } from './document-strings';
import type { Html } from './html-text';
import { escapeHtml, fill, isolated } from './html-text';
import { pageStyle } from './certificate-style';

/** What a kind's template contributes. */
export interface CertificateParts {
  readonly title: string;
  readonly addressee?: Html;
  readonly paragraphs: readonly Html[];
  readonly extra?: Html;
  readonly closing: string;
}

/** Day month year as written in the Gulf (en-GB, not en-US). */
const dateLocales: Readonly<Record<string, string>> = { en: 'en-GB', ar: 'ar' };

/** Dates in words, with Latin digits as on the kiosk's receipts. */
export function formatDate(iso: string, language: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return new Intl.DateTimeFormat(dateLocales[language] ?? language, { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn' }).format(date);
}

export function nationalityOf(strings: DocumentStrings, code: string): string {
  return strings.nationality[code] ?? code; // an unknown code prints as the code: still true
}

async function qrSvg(text: string): Promise<string> {
  // error correction M survives a fold or a smudge; the quiet zone of 4 modules is the standard's
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
}

export async function certificatePage(data: CertificateData, strings: DocumentStrings, fonts: DocumentFonts, parts: CertificateParts): Promise<string> {
  const { language } = data;
  const direction = language === 'ar' ? 'rtl' : 'ltr';
  const facts: [string, Html][] = [
    [strings.field['document-number'], isolated(data.documentId, 'ltr')],
    [strings.field['issue-date'], isolated(formatDate(data.issueDate, language))],
    [strings.field['valid-until'], isolated(formatDate(data.validUntil, language))],
    [strings.field.holder, isolated(data.holder.name)],
    [strings.field['id-number'], isolated(data.holder.idNumber, 'ltr')],
    [strings.field.nationality, isolated(nationalityOf(strings, data.holder.nationality))],
  ];
  return `<!doctype html>
<html lang="${language}" dir="${direction}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(parts.title)}</title>
<style>
${fonts.css}
${pageStyle(fonts.familyFor(language))}
</style>
</head>
<body>
<header>
  <div class="state">${escapeHtml(strings.state)}</div>
  <div class="ministry">${escapeHtml(strings.ministry)}</div>
</header>
<h1>${escapeHtml(parts.title)}</h1>
<table class="facts">
${facts.map(([label, value]) => `  <tr><th>${escapeHtml(label)}</th><td>${value.html}</td></tr>`).join('\n')}
</table>
${parts.addressee ? `<p class="addressee">${parts.addressee.html}</p>` : ''}
${parts.paragraphs.map((p) => `<p>${p.html}</p>`).join('\n')}
${parts.extra?.html ?? ''}
<p class="closing">${escapeHtml(parts.closing)}</p>
<section class="verify">
  <div class="qr">${await qrSvg(data.verificationCode)}</div>
  <div class="how">
    <div class="verify-title">${escapeHtml(strings.verify.title)}</div>
    <p>${escapeHtml(strings.verify.how)}</p>
    <div class="code-label">${escapeHtml(strings.verify.code)}</div>
    <div class="code" dir="ltr">${escapeHtml(data.verificationCode)}</div>
  </div>
</section>
<footer>${fill(strings['issued-by'], { kioskId: isolated(data.kioskId, 'ltr') }).html}</footer>
</body>
</html>`;
}
