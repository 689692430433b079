// One certificate as a complete HTML page, ready for print-to-PDF: the kind's template inside
// the shared page, in the document's language and direction.
import type { Result } from '../../hardware/result';
import { err, ok } from '../../hardware/result';
import type { CertificateData } from './certificate-data';
import type { CertificateParts } from './certificate-page';
import { certificatePage } from './certificate-page';
import type { DocumentFontError, DocumentFonts } from './document-fonts';
import { loadDocumentFonts } from './document-fonts';
import type { DocumentStrings, DocumentStringsError } from './document-strings';
import { loadDocumentStrings } from './document-strings';
import { noObjectionParts } from './no-objection-template';
import { residencyParts } from './residency-template';
import { trafficClearanceParts } from './traffic-clearance-template';

function partsOf(data: CertificateData, strings: DocumentStrings): CertificateParts {
  switch (data.kind) {
    case 'residency':
      return residencyParts(data, strings);
    case 'no-objection':
      return noObjectionParts(data, strings);
    case 'traffic-clearance':
      return trafficClearanceParts(data, strings);
  }
}

export function certificateHtml(data: CertificateData, strings: DocumentStrings, fonts: DocumentFonts): Promise<string> {
  return certificatePage(data, strings, fonts, partsOf(data, strings));
}

export type CertificateSetupError = DocumentStringsError | DocumentFontError;

/** The strings and fonts a language needs, loaded and checked (at start, and cached by the caller). */
export function loadCertificateResources(language: CertificateData['language']): Result<{ strings: DocumentStrings; fonts: DocumentFonts }, CertificateSetupError> {
  const strings = loadDocumentStrings(language);
  if (!strings.ok) return err(strings.error);
  const fonts = loadDocumentFonts();
  if (!fonts.ok) return err(fonts.error);
  return ok({ strings: strings.value, fonts: fonts.value });
}
