// my-requests → "Print it now": a kept certificate printed on this kiosk's A4 printer, with no
// charge (it was paid when it was issued), for whoever paid for it or whom it is about (the
// central checks both when it hands the document over and when the reprint is reported).
// Paper out, a jam or no printer: nothing is queued for later (nobody would be there to take
// it), the person is told, and the document stays ready to print at any other kiosk.
// Once paper comes out, the central is told (signed; a key per copy, so a retry is stored once),
// from the choice file, where the report stays until the central acknowledges it.
import { randomUUID } from 'node:crypto';
import { followJob } from '../../hardware/a4-printer/follow-job';
import type { InfoActionOutcome, InfoActionRequest } from '../../state-machines/services/info-action';
import type { DocumentChoiceClient } from '../central-client/document-choice-client';
import type { DocumentChoiceStore } from '../documents/document-choice-store';
import { printProblemOf } from '../documents/print-problem';
import { sendReprintReport } from '../documents/send-reprint-reports';
import { certificateFromWire } from './certificate-from-wire';
import { withdrawJob, type DocumentPrinting } from './print-document';

export interface DocumentReprinting {
  readonly printing: DocumentPrinting;
  /** Undefined before enrolment: the report cannot be sent (the central could not have answered my-requests either). */
  readonly client: DocumentChoiceClient | undefined;
  /** Where the report is kept until the central acknowledges it (undefined: the choice file is unusable). */
  readonly store: DocumentChoiceStore | undefined;
  readonly now: () => Date;
  /** Without a store: tries to tell the central now; a lost answer is retried under the same key. */
  readonly reportAttempts?: number;
}

export async function reprintKeptDocument(deps: DocumentReprinting, request: InfoActionRequest): Promise<InfoActionOutcome> {
  const { printing } = deps;
  const failed = (kind: string): InfoActionOutcome => {
    printing.logger.log('document.print', { outcome: 'reprint-failed', kind, service: request.action.serviceId });
    return 'reprint-failed';
  };
  if (!printing.central.document) return failed('no-document-route');
  const issued = await printing.central.document(request.action.serviceId, { holderId: request.holderId, documentId: request.action.documentId });
  if (!issued.ok) return failed(`central-${issued.error.kind}`);
  const data = certificateFromWire(issued.value, printing.kioskId);
  if (!data.ok) return failed(data.error);
  const pdf = await printing.renderPdf(data.value);
  if (!pdf.ok) return failed(`render-${pdf.error.kind}`);
  const a4 = printing.a4Printer;
  if (!a4) return failed('no-a4-printer');
  // the job title is visible to CUPS: no personal data, the document number is the ministry's reference
  const job = await a4.print(pdf.value, { title: `kiosk-reprint-${request.action.documentId}` });
  if (!job.ok) return failed(job.error.kind);
  const outcome = await followJob(a4, job.value.jobId, printing.follow);
  const problem = printProblemOf(outcome);
  if (problem) {
    if (problem.isJobQueued) await withdrawJob(a4, job.value.jobId, printing.logger);
    return failed(outcome.kind === 'waiting' ? outcome.printer.kind : outcome.kind);
  }
  printing.logger.log('document.print', { outcome: 'reprinted', service: request.action.serviceId, bytes: pdf.value.length });
  await report(deps, request);
  return 'reprinted';
}

async function report(deps: DocumentReprinting, request: InfoActionRequest): Promise<void> {
  const body = { key: randomUUID(), documentId: request.action.documentId, holderId: request.holderId };
  if (deps.store) {
    // kept before it is sent: a report lost now is sent after a later sync pass, never forgotten
    const queued = deps.store.queueReprint(body, deps.now());
    // sent, refused or still queued: each is logged by the sender, and a queued one goes after the next sync pass
    await sendReprintReport({ store: deps.store, client: deps.client, logger: deps.printing.logger }, queued);
    return;
  }
  // the choice file is unusable (logged when it was opened): a few tries now are all there is
  const send = deps.client?.reportReprint;
  if (!send) return;
  for (let attempt = 0; attempt < (deps.reportAttempts ?? 3); attempt += 1) {
    const answer = await send(body);
    if (answer.ok) return;
    // refused for good (already reprinted elsewhere, not found): retrying changes nothing
    if (answer.error.kind === 'rejected' && answer.error.status !== 409 && answer.error.status !== 429) {
      deps.printing.logger.log('document.choice', { choice: 'reprinted', outcome: 'refused', kind: answer.error.reason });
      return;
    }
  }
  deps.printing.logger.log('document.choice', { choice: 'reprinted', outcome: 'lost', kind: 'report-not-delivered' });
}
