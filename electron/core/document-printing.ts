// The A4 side of the kiosk core: the configured A4 printer and the PDF engine the documents
// module renders certificates with, how long a job is followed before it counts as kept, and
// how long a person may wait at the kiosk for staff to reload paper or clear a jam.
import { setTimeout as delay } from 'node:timers/promises';
import type { A4Printer } from '../../hardware/a4-printer/contract';
import { renderCertificatePdf } from '../documents/certificate-pdf';
import type { PdfRenderer } from '../documents/pdf-renderer';
import type { DocumentPrinting } from './print-document';

/** A job in a ready printer has this long to come out before the person is told it is kept. */
export const documentJobPatienceMs = 20_000;
const documentJobPollMs = 500;

/** `printerWaitMs` (config `documents.printerWaitMs`): waiting for staff is bounded, then the person is asked to choose reprint or post. */
export function documentPrinting(a4Printer: A4Printer | undefined, renderer: PdfRenderer, printerWaitMs: number): Pick<DocumentPrinting, 'a4Printer' | 'renderPdf' | 'follow' | 'waitMs'> {
  return {
    a4Printer,
    renderPdf: (data) => renderCertificatePdf(data, renderer),
    follow: { pollMs: documentJobPollMs, patienceMs: documentJobPatienceMs, delay: (ms) => delay(ms) },
    waitMs: printerWaitMs,
  };
}
