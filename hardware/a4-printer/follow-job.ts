// Follows a job until paper came out, the job ended without paper, or the printer says why it
// waits. The kiosk uses the answer to say "take your document" or to offer reprint / post.
import type { A4JobState, A4Printer, A4PrinterStatus, A4PrintError } from './contract';
import { isJobFinished } from './contract';

export type JobOutcome =
  | { readonly kind: 'printed' }
  /** The queue keeps the job but the printer cannot print it now (paper out, jammed, paused…). */
  | { readonly kind: 'waiting'; readonly printer: A4PrinterStatus; readonly job: A4JobState }
  /** Cancelled or aborted: nothing will come out. */
  | { readonly kind: 'not-printed'; readonly job: A4JobState }
  /** The queue stopped answering about the job. */
  | { readonly kind: 'unknown'; readonly error: A4PrintError };

export interface FollowJobOptions {
  readonly pollMs: number;
  /** How long a job may sit in a ready printer before we stop waiting for it. */
  readonly patienceMs: number;
  /** Injected so tests drive time with fake timers; the kiosk passes timers/promises' setTimeout. */
  readonly delay: (ms: number) => Promise<void>;
}

export async function followJob(printer: A4Printer, jobId: number, options: FollowJobOptions): Promise<JobOutcome> {
  for (let waitedMs = 0; ; waitedMs += options.pollMs) {
    const job = await printer.jobState(jobId);
    if (!job.ok) return { kind: 'unknown', error: job.error };
    if (job.value.kind === 'completed') return { kind: 'printed' };
    if (isJobFinished(job.value)) return { kind: 'not-printed', job: job.value };
    const status = await printer.status();
    // A job held behind a stopped queue will not move by itself: say so at once. A job being
    // processed gets our patience even when the printer is not ready: CUPS shows a fault until
    // the backend reports it gone, and a network printer waiting for paper keeps its job
    // processing, so only time tells whether it moves.
    const isHeldBack = status.kind !== 'ready' && job.value.kind !== 'processing';
    if (isHeldBack || waitedMs >= options.patienceMs) return { kind: 'waiting', printer: status, job: job.value };
    await options.delay(options.pollMs);
  }
}
