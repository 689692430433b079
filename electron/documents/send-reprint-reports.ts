// Delivers the reports of kept documents reprinted at this kiosk, from the kiosk's durable
// record: right after the paper comes out, and again after every sync pass until the central
// acknowledges it. Until then the central would still show the document as ready to print, so
// a lost report could let it be printed twice; the key is the copy's, so a retry is stored once.
import type { DocumentChoiceClient } from '../central-client/document-choice-client';
import type { Logger } from '../log/logger';
import type { DocumentChoiceStore, StoredReprintReport } from './document-choice-store';

export interface ReprintReporting {
  readonly store: DocumentChoiceStore;
  /** Undefined before enrolment: reports wait. */
  readonly client: DocumentChoiceClient | undefined;
  readonly logger: Logger;
}

export type ReportOutcome = { readonly kind: 'sent' } | { readonly kind: 'queued'; readonly why: string } | { readonly kind: 'refused'; readonly reason: string };

/** 409 / 429: the central is busy with it; anything else it answers is final (already reprinted, not this person's). */
const retryableStatuses = new Set([409, 429]);

export async function sendReprintReport(deps: ReprintReporting, report: StoredReprintReport): Promise<ReportOutcome> {
  if (report.state !== 'queued') return report.state === 'sent' ? { kind: 'sent' } : { kind: 'refused', reason: 'refused-earlier' };
  const send = deps.client?.reportReprint;
  if (!send) return log(deps, { kind: 'queued', why: 'not-enrolled' });
  // queued reports always hold the holder's ID number (it is cleared only when the report leaves the queue)
  const answer = await send({ key: report.key, documentId: report.documentId, holderId: report.holderId ?? '' });
  if (answer.ok) {
    deps.store.markReprintSent(report.key, answer.value);
    return log(deps, { kind: 'sent' });
  }
  const error = answer.error;
  if (error.kind === 'rejected' && !retryableStatuses.has(error.status)) {
    deps.store.markReprintRefused(report.key, error.reason);
    return log(deps, { kind: 'refused', reason: error.reason });
  }
  const why = error.kind === 'rejected' ? `rejected-${error.status}` : error.kind;
  deps.store.recordReprintAttempt(report.key, why);
  return log(deps, { kind: 'queued', why });
}

export async function sendQueuedReprintReports(deps: ReprintReporting, limit = 50): Promise<{ readonly sent: number; readonly queued: number; readonly refused: number }> {
  const tally = { sent: 0, queued: 0, refused: 0 };
  for (const report of deps.store.listQueuedReprints(limit)) tally[(await sendReprintReport(deps, report)).kind] += 1;
  return tally;
}

function log(deps: ReprintReporting, outcome: ReportOutcome): ReportOutcome {
  deps.logger.log('document.choice', { choice: 'reprinted', outcome: outcome.kind, ...(outcome.kind === 'queued' ? { kind: outcome.why } : outcome.kind === 'refused' ? { kind: outcome.reason } : {}) });
  return outcome;
}
