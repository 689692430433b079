// After payment, a service that issues a document (a certificate) prints it on the A4 printer:
// the central issued it when the transaction synced (its number is the central's request id
// on the outbox row), the kiosk fetches what it states, renders the PDF and follows the job.
// Whatever fails, the paid document is kept under its number, and the person chooses: wait
// (paper out or a jam: the job stays queued), reprint later, or post (document-choice.ts).
import type { A4Printer } from '../../hardware/a4-printer/contract';
import { followJob, type FollowJobOptions } from '../../hardware/a4-printer/follow-job';
import type { Result } from '../../hardware/result';
import type { DocumentOutcome, DocumentProblem } from '../../state-machines/session/session-types';
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
  /** How long a person may wait at the kiosk for staff to reload paper or clear a jam. */
  readonly waitMs: number;
  readonly logger: Logger;
}

/** Nothing a person can wait for: the printer is unreachable, or the document could not be laid out. */
const unavailable: DocumentProblem = { reason: 'not-available', actions: ['reprint', 'post'] };

export async function printPaidDocument(deps: DocumentPrinting, row: OutboxTransaction): Promise<DocumentOutcome> {
  const documentId = row.state === 'synced' ? row.centralRequestId : undefined;
  if (!documentId || !deps.central.document) {
    deps.logger.log('document.print', { outcome: 'pending', service: row.serviceId });
    return { kind: 'pending', problem: { reason: 'not-issued', actions: ['reprint', 'post'] } };
  }
  const kept = (kind: string, problem: DocumentProblem = unavailable): DocumentOutcome => {
    deps.logger.log('document.print', { outcome: 'kept', kind, service: row.serviceId });
    return { kind: 'kept', documentId, problem };
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
  const kind = outcome.kind === 'waiting' ? outcome.printer.kind : outcome.kind;
  // Paper out or a jam: the job stays queued while the person may wait for staff; it is
  // withdrawn as soon as they choose otherwise (recordDocumentChoice).
  if (problem.isJobQueued && problem.actions.includes('wait')) return kept(kind, { reason: problem.reason, actions: problem.actions, jobId: job.value.jobId });
  // Nobody can fix a stopped queue now, and nobody would be there to take it later: withdraw it.
  if (problem.isJobQueued) await withdrawJob(a4, job.value.jobId, deps.logger);
  return kept(kind, { reason: problem.reason, actions: problem.actions });
}

/** Withdraws a queued job so that it does not come out later, for nobody; a job that already finished is left be. */
export async function withdrawJob(a4: A4Printer, jobId: number, logger: Logger): Promise<void> {
  const cancelled = await a4.cancel(jobId);
  if (!cancelled.ok && cancelled.error.kind !== 'job-finished') logger.log('device.error', { device: 'a4-printer', kind: cancelled.error.kind });
}
