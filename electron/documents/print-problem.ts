// Pure: what the person is told, and offered, when a paid certificate does not come out of the
// A4 printer. The document is always kept (the PDF stays with the transaction), so every
// answer offers a way to still get it: wait, print it later, or have it posted.
import type { A4PrinterStatus, A4PrintError } from '../../hardware/a4-printer/contract';
import type { JobOutcome } from '../../hardware/a4-printer/follow-job';

export type PrintProblemAction = 'wait' | 'reprint' | 'post';

export interface PrintProblem {
  /** Keys in the `documents` namespace (locales/<lang>/documents.json). */
  readonly messageKeys: readonly string[];
  readonly actions: readonly PrintProblemAction[];
  /** Whether the job still sits in the queue: cancel it unless the person chooses to wait. */
  readonly isJobQueued: boolean;
}

export type PrintAttempt = { readonly kind: 'refused'; readonly error: A4PrintError } | JobOutcome;

function messageFor(status: A4PrinterStatus | undefined): string {
  if (status?.kind === 'paper-out') return 'printer-problem.paper-out';
  if (status?.kind === 'jammed') return 'printer-problem.jammed';
  return 'printer-problem.not-available';
}

/** Nothing to say when the paper came out. */
export function printProblemOf(attempt: PrintAttempt): PrintProblem | undefined {
  switch (attempt.kind) {
    case 'printed':
      return undefined;
    case 'waiting': {
      // paper or a jam is fixed by staff in minutes: waiting makes sense; a stopped queue is not
      const isFixable = attempt.printer.kind === 'paper-out' || attempt.printer.kind === 'jammed';
      return {
        messageKeys: [messageFor(attempt.printer), 'printer-problem.kept', 'printer-problem.choose'],
        actions: isFixable ? ['wait', 'reprint', 'post'] : ['reprint', 'post'],
        isJobQueued: true,
      };
    }
    case 'not-printed':
    case 'unknown':
    case 'refused':
      return { messageKeys: [messageFor(undefined), 'printer-problem.kept', 'printer-problem.choose'], actions: ['reprint', 'post'], isJobQueued: false };
  }
}
