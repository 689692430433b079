// No-objection certificate: addressed to an organisation, for one stated purpose.
import type { NoObjectionCertificate } from './certificate-data';
import type { CertificateParts } from './certificate-page';
import { nationalityOf } from './certificate-page';
import type { DocumentStrings } from './document-strings';
import { escapeHtml, fill, html, isolated } from './html-text';

export function noObjectionParts(data: NoObjectionCertificate, strings: DocumentStrings): CertificateParts {
  const words = strings.kind['no-objection'];
  return {
    title: words.title,
    addressee: fill(words.addressee, { addressee: isolated(data.addressee) }),
    paragraphs: [
      fill(words.body, {
        name: isolated(data.holder.name),
        idNumber: isolated(data.holder.idNumber, 'ltr'),
        nationality: isolated(nationalityOf(strings, data.holder.nationality)),
        // the purpose is our own sentence in the document's language: part of the flow, not isolated
        purpose: html(escapeHtml(words.purpose[data.purpose])),
      }),
    ],
    closing: words.closing,
  };
}
