// The kiosk core's actors for a paid A4 document (state-machines/session/document-choice.ts):
// print it, wait for the printer while staff fix paper or a jam, and record a reprint or post
// choice (on the kiosk first, fsynced, then at the central, retried after every sync pass).
import { fromPromise } from 'xstate';
import { isJobFinished, type A4Printer } from '../../hardware/a4-printer/contract';
import type { Holder } from '../../state-machines/domain';
import type { DocumentChoiceOutput, DocumentOutcome, DocumentWaitOutput, PaidOutcome } from '../../state-machines/session/session-types';
import type { DocumentChoiceStore } from '../documents/document-choice-store';
import { makeReprintCode } from '../documents/reprint-code';
import { sendChoice, type ChoiceSending } from '../documents/send-document-choices';
import type { Logger } from '../log/logger';
import type { Outbox } from '../outbox/outbox';
import { printPaidDocument, withdrawJob, type DocumentPrinting } from './print-document';

export interface DocumentActorDependencies {
  readonly printing: DocumentPrinting;
  readonly outbox: () => Outbox | undefined;
  /** Asks the sync worker to try now, so the central has issued the document before it is fetched. */
  readonly syncNow: () => Promise<void>;
  /** Undefined when the kiosk's choice file could not be opened: choices then go straight to the central. */
  readonly store: DocumentChoiceStore | undefined;
  readonly sending: Omit<ChoiceSending, 'store'>;
  readonly now: () => Date;
  readonly logger: Logger;
}

const notIssued: DocumentOutcome = { kind: 'pending', problem: { reason: 'not-issued', actions: ['reprint', 'post'] } };

export function documentActors(deps: DocumentActorDependencies) {
  const a4 = deps.printing.a4Printer;
  return {
    printDocument: fromPromise(async ({ input, signal }: { input: { paid: PaidOutcome; language: string; holder: Holder }; signal: AbortSignal }): Promise<DocumentOutcome> => {
      await deps.syncNow();
      const row = deps.outbox()?.get(input.paid.key);
      const outcome = row ? await printPaidDocument(deps.printing, row) : notIssued;
      // the person left while it printed: a job kept for them to wait on would come out for nobody
      const jobId = outcome.kind === 'printed' ? undefined : outcome.problem.jobId;
      if (signal.aborted && jobId !== undefined && a4) await withdrawJob(a4, jobId, deps.logger);
      return outcome;
    }),
    waitForDocument: fromPromise(async ({ input, signal }: { input: { jobId: number }; signal: AbortSignal }): Promise<DocumentWaitOutput> => {
      if (!a4) return { kind: 'not-printed' };
      deps.logger.log('document.choice', { choice: 'wait', outcome: 'waiting' });
      const outcome = await waitForJob(a4, input.jobId, { pollMs: deps.printing.follow.pollMs, waitMs: deps.printing.waitMs, delay: (ms) => abortableDelay(deps.printing.follow.delay, ms, signal) });
      deps.logger.log('document.choice', { choice: 'wait', outcome: outcome.kind });
      return outcome;
    }),
    recordDocumentChoice: fromPromise(async ({ input }: { input: { key: string; choice: 'reprint' | 'post'; jobId?: number } }): Promise<DocumentChoiceOutput> => {
      if (input.jobId !== undefined && a4) await withdrawJob(a4, input.jobId, deps.logger);
      if (!deps.store) return recordWithoutStore(deps, input);
      const stored = deps.store.choose(input.key, input.choice, () => makeReprintCode(), deps.now());
      const sent = await sendChoice({ ...deps.sending, store: deps.store }, stored);
      return { choice: stored.choice, isRecorded: true, isSent: sent.kind === 'sent', reprintCode: stored.reprintCode };
    }),
  };
}

/** The kiosk's choice file is unusable: one direct try at the central; the receipt still says what was chosen. */
async function recordWithoutStore(deps: DocumentActorDependencies, input: { key: string; choice: 'reprint' | 'post' }): Promise<DocumentChoiceOutput> {
  const reprintCode = makeReprintCode();
  const answer = deps.sending.standingOf(input.key) === 'synced' && deps.sending.client ? await deps.sending.client.record({ key: input.key, choice: input.choice, reprintCode }) : undefined;
  const isSent = answer?.ok === true;
  deps.logger.log('document.choice', { choice: input.choice, outcome: isSent ? 'sent' : 'not-recorded', kind: 'no-store' });
  return { choice: input.choice, isRecorded: isSent, isSent, ...(isSent ? { reprintCode } : {}) };
}

/**
 * Follows a kept job while staff reload paper or clear a jam: unlike followJob, a printer that
 * is not ready is the reason we wait, not a reason to stop. Ends when paper came out, the job
 * ended without paper, or the kiosk's wait is over ("stop waiting" aborts the delay instead).
 * A job the queue cannot say anything about is kept to withdraw later, as still waiting.
 */
async function waitForJob(a4: A4Printer, jobId: number, options: { pollMs: number; waitMs: number; delay: (ms: number) => Promise<void> }): Promise<DocumentWaitOutput> {
  for (let waitedMs = 0; ; waitedMs += options.pollMs) {
    const job = await a4.jobState(jobId);
    if (job.ok && job.value.kind === 'completed') return { kind: 'printed' };
    if (job.ok && isJobFinished(job.value)) return { kind: 'not-printed' };
    if (waitedMs >= options.waitMs) return { kind: 'still-waiting' };
    await options.delay(options.pollMs);
  }
}

async function abortableDelay(delay: (ms: number) => Promise<void>, ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) throw new Error('stopped waiting');
  await delay(ms);
  if (signal.aborted) throw new Error('stopped waiting');
}
