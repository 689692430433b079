// Residency certificate: the holder lives here lawfully, since when, and until when.
import type { ResidencyCertificate } from './certificate-data';
import type { CertificateParts } from './certificate-page';
import { formatDate, nationalityOf } from './certificate-page';
import type { DocumentStrings } from './document-strings';
import { fill, isolated } from './html-text';

export function residencyParts(data: ResidencyCertificate, strings: DocumentStrings): CertificateParts {
  const words = strings.kind.residency;
  return {
    title: words.title,
    paragraphs: [
      fill(words.body, {
        name: isolated(data.holder.name),
        idNumber: isolated(data.holder.idNumber, 'ltr'),
        nationality: isolated(nationalityOf(strings, data.holder.nationality)),
        residentSince: isolated(formatDate(data.residentSince, data.language)),
        permitExpiry: isolated(formatDate(data.permitExpiry, data.language)),
      }),
    ],
    closing: words.closing,
  };
}
