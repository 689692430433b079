// Traffic clearance: no unpaid violations as of the issue date, with the holder's vehicles.
import type { TrafficClearanceCertificate } from './certificate-data';
import type { CertificateParts } from './certificate-page';
import { formatDate } from './certificate-page';
import type { DocumentStrings } from './document-strings';
import { escapeHtml, fill, html, isolated } from './html-text';

export function trafficClearanceParts(data: TrafficClearanceCertificate, strings: DocumentStrings): CertificateParts {
  const words = strings.kind['traffic-clearance'];
  const vehicles =
    data.vehicles.length === 0
      ? html(`<p>${escapeHtml(words['no-vehicles'])}</p>`)
      : html(
          `<p>${escapeHtml(words.vehicles)}</p><ul class="vehicles">${data.vehicles
            .map((v) => `<li>${fill(words['vehicle-line'], { plate: isolated(v.plate, 'ltr'), description: isolated(v.description) }).html}</li>`)
            .join('')}</ul>`,
        );
  return {
    title: words.title,
    paragraphs: [fill(words.body, { name: isolated(data.holder.name), idNumber: isolated(data.holder.idNumber, 'ltr'), asOf: isolated(formatDate(data.issueDate, data.language)) })],
    extra: vehicles,
    closing: words.closing,
  };
}
