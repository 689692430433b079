// Pure: what the person is told, and offered, when a paid certificate does not come out of the
// A4 printer. The document is always kept (the central issued it under its number), so every
// answer offers a way to still get it: wait, print it later, or have it posted.
import type { A4PrinterStatus, A4PrintError } from '../../hardware/a4-printer/contract';
import type { JobOutcome } from '../../hardware/a4-printer/follow-job';
import type { DocumentAction, DocumentProblemReason } from '../../state-machines/session/session-types';

export type PrintProblemAction = DocumentAction;

export interface PrintProblem {
  readonly reason: DocumentProblemReason;
  /** Keys in the `documents` namespace (locales/<lang>/documents.json). */
  readonly messageKeys: readonly string[];
  readonly actions: readonly PrintProblemAction[];
  /** Whether the job still sits in the queue: kept while the person may wait, withdrawn otherwise. */
  readonly isJobQueued: boolean;
}

export type PrintAttempt = { readonly kind: 'refused'; readonly error: A4PrintError } | JobOutcome;

function reasonOf(status: A4PrinterStatus | undefined): DocumentProblemReason {
  if (status?.kind === 'paper-out') return 'paper-out';
  if (status?.kind === 'jammed') return 'jammed';
  return 'not-available';
}

function problem(reason: DocumentProblemReason, actions: readonly PrintProblemAction[], isJobQueued: boolean): PrintProblem {
  return { reason, messageKeys: [`printer-problem.${reason}`, 'printer-problem.kept', 'printer-problem.choose'], actions, isJobQueued };
}

/** Nothing to say when the paper came out. */
export function printProblemOf(attempt: PrintAttempt): PrintProblem | undefined {
  switch (attempt.kind) {
    case 'printed':
      return undefined;
    case 'waiting': {
      // paper or a jam is fixed by staff in minutes: waiting makes sense; a stopped queue is not
      const isFixable = attempt.printer.kind === 'paper-out' || attempt.printer.kind === 'jammed';
      return problem(reasonOf(attempt.printer), isFixable ? ['wait', 'reprint', 'post'] : ['reprint', 'post'], true);
    }
    case 'not-printed':
    case 'unknown':
    case 'refused':
      return problem('not-available', ['reprint', 'post'], false);
  }
}
