// After payment, a service that issues a document (a certificate) prints it on the A4 printer:
// the central issued it when the transaction synced (its number is the central's request id
// on the outbox row), the kiosk fetches what it states, renders the PDF and follows the job.
// Whatever fails, the paid document is kept under its number: reprinted at a centre or posted.
import type { A4Printer } from '../../hardware/a4-printer/contract';
import { followJob, type FollowJobOptions } from '../../hardware/a4-printer/follow-job';
import type { Result } from '../../hardware/result';
import type { DocumentOutcome } from '../../state-machines/session/session-types';
import type { CentralClient } from '../central-client/contract';
import type { CertificateData } from '../documents/certificate-data';
import { printProblemOf } from '../documents/print-problem';
import type { Logger } from '../log/logger';
import type { OutboxTransaction } from '../outbox/types';
import { certificateFromWire } from './certificate-from-wire';

export interface DocumentPrinting {
  readonly central: CentralClient;
  readonly a4Printer: A4Printer | undefined;
  /** The documents module's renderer (Chromium in the plain-Node core, printToPDF in the shell). */
  readonly renderPdf: (data: CertificateData) => Promise<Result<Uint8Array, { readonly kind: string }>>;
  readonly kioskId: string;
  readonly follow: FollowJobOptions;
  readonly logger: Logger;
}

export async function printPaidDocument(deps: DocumentPrinting, row: OutboxTransaction): Promise<DocumentOutcome> {
  const documentId = row.state === 'synced' ? row.centralRequestId : undefined;
  if (!documentId || !deps.central.document) {
    deps.logger.log('document.print', { outcome: 'pending', service: row.serviceId });
    return { kind: 'pending' };
  }
  const kept = (kind: string): DocumentOutcome => {
    deps.logger.log('document.print', { outcome: 'kept', kind, service: row.serviceId });
    return { kind: 'kept', documentId };
  };
  const issued = await deps.central.document(row.serviceId, { holderId: row.holderId, documentId });
  if (!issued.ok) return kept(`central-${issued.error.kind}`);
  const data = certificateFromWire(issued.value, deps.kioskId);
  if (!data.ok) return kept(data.error);
  const pdf = await deps.renderPdf(data.value);
  if (!pdf.ok) return kept(`render-${pdf.error.kind}`);
  const a4 = deps.a4Printer;
  if (!a4) return kept('no-a4-printer');
  // The job title is visible to CUPS and its logs: the transaction reference only, no personal data.
  const job = await a4.print(pdf.value, { title: `kiosk-document-${row.reference}` });
  if (!job.ok) return kept(job.error.kind);
  const outcome = await followJob(a4, job.value.jobId, deps.follow);
  const problem = printProblemOf(outcome);
  if (!problem) {
    deps.logger.log('document.print', { outcome: 'printed', service: row.serviceId, bytes: pdf.value.length });
    return { kind: 'printed', documentId };
  }
  // Nobody would be there to take it when paper is loaded: withdraw it; it is reprinted or posted instead.
  if (problem.isJobQueued) {
    const cancelled = await a4.cancel(job.value.jobId);
    if (!cancelled.ok) deps.logger.log('device.error', { device: 'a4-printer', kind: cancelled.error.kind });
  }
  return kept(outcome.kind === 'waiting' ? outcome.printer.kind : outcome.kind);
}
