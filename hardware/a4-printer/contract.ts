import type { DeviceHealth, Result } from '../result';

/**
 * What the A4 printer (a CUPS queue) says about itself. `paused` is an operator's pause
 * (`cupsdisable`): jobs are accepted and kept; `stopped` means new jobs are refused
 * (`cupsreject`) or the queue stopped for a reason CUPS does not name.
 */
export type A4PrinterStatus =
  | { readonly kind: 'ready' }
  | { readonly kind: 'paper-out' }
  | { readonly kind: 'jammed' }
  | { readonly kind: 'stopped' }
  | { readonly kind: 'paused' }
  | { readonly kind: 'offline'; readonly cause: A4OfflineCause };

/** Why the printer cannot be reached: CUPS down, the queue missing, or the device gone. */
export type A4OfflineCause = 'unreachable' | 'no-queue' | 'device-offline';

export type A4StatusKind = A4PrinterStatus['kind'];

export type A4PrintError =
  | { readonly kind: 'offline' }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'no-queue' }
  | { readonly kind: 'not-accepting' }
  | { readonly kind: 'no-such-job' }
  /** A job that already finished cannot be cancelled: if it completed, the paper came out. */
  | { readonly kind: 'job-finished' }
  /** CUPS answered with an IPP error we do not expect (its status code, e.g. 0x040a). */
  | { readonly kind: 'refused'; readonly ippStatus: number }
  /** The answer was not IPP, or not the IPP we asked for. */
  | { readonly kind: 'protocol'; readonly detail: string };

/** The IPP job states (RFC 8011 §5.3.7), named as IPP names them. */
export type A4JobStateKind = 'pending' | 'held' | 'processing' | 'processing-stopped' | 'canceled' | 'aborted' | 'completed';

export interface A4JobState {
  readonly kind: A4JobStateKind;
  /** IPP job-state-reasons keywords, e.g. `printer-stopped` while the queue waits for paper. */
  readonly reasons: readonly string[];
}

export interface A4Printer {
  /** Asks the queue now (IPP Get-Printer-Attributes); also refreshes health(). */
  status(): Promise<A4PrinterStatus>;
  /**
   * Hands a PDF to the queue. Success means the queue holds the job, not that paper came out:
   * follow it with jobState(). A paused or paper-out queue still accepts and keeps the job.
   * The title is visible to CUPS (and its logs): never put personal data in it.
   */
  print(pdf: Uint8Array, job: { readonly title: string }): Promise<Result<{ readonly jobId: number }, A4PrintError>>;
  jobState(jobId: number): Promise<Result<A4JobState, A4PrintError>>;
  /**
   * Withdraws a job that has not printed (the person chose delivery by post), so it does not
   * come out later, for nobody, when paper is loaded.
   */
  cancel(jobId: number): Promise<Result<void, A4PrintError>>;
  /** From the last status seen: ready is ok, anything else fails with its kind as reason. */
  health(): DeviceHealth;
}

export const terminalJobStates: readonly A4JobStateKind[] = ['canceled', 'aborted', 'completed'];

export function isJobFinished(state: A4JobState): boolean {
  return terminalJobStates.includes(state.kind);
}

/** Whether a paid A4 document may be started now (asked before the person pays). */
export function canPrintA4(status: A4PrinterStatus): boolean {
  return status.kind === 'ready';
}

export function healthOfA4(status: A4PrinterStatus): DeviceHealth {
  if (status.kind === 'ready') return { level: 'ok' };
  return { level: 'failed', reason: status.kind === 'offline' ? `offline:${status.cause}` : status.kind };
}
