// Pure: IPP answers → the A4 contract's statuses, job states and errors.
// Reasons are RFC 8011 §5.4.12 keywords; CUPS adds its own (`paused` when disabled).
import type { A4JobState, A4JobStateKind, A4PrinterStatus, A4PrintError } from './contract';
import type { IppMessage, IppValue } from './ipp-codec';
import { findValues, GroupTag } from './ipp-codec';

export const IppStatus = {
  ok: 0x0000,
  okIgnoredOrSubstituted: 0x0001,
  okConflicting: 0x0002,
  notPossible: 0x0404,
  notFound: 0x0406,
  notAcceptingJobs: 0x0506,
} as const;

export function isSuccess(message: IppMessage): boolean {
  return message.code <= IppStatus.okConflicting;
}

const PrinterState = { idle: 3, processing: 4, stopped: 5 } as const;

const jobStates: Readonly<Record<number, A4JobStateKind>> = {
  3: 'pending',
  4: 'held',
  5: 'processing',
  6: 'processing-stopped',
  7: 'canceled',
  8: 'aborted',
  9: 'completed',
};

function strings(values: readonly IppValue[] | undefined): string[] {
  return (values ?? []).filter((v): v is string => typeof v === 'string');
}

/**
 * The conditions a reason list states. A `-warning` or `-report` suffix is advice (toner low),
 * except `offline-report`, which CUPS backends use for a printer that does not answer.
 */
function conditions(reasons: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const reason of reasons) {
    if (reason === 'offline-report') found.add('offline');
    else if (!/-(warning|report)$/.test(reason)) found.add(reason.replace(/-error$/, ''));
  }
  return found;
}

export function printerStatusFrom(message: IppMessage): A4PrinterStatus {
  if (message.code === IppStatus.notFound) return { kind: 'offline', cause: 'no-queue' };
  const state = findValues(message, GroupTag.printer, 'printer-state')?.[0];
  const accepting = findValues(message, GroupTag.printer, 'printer-is-accepting-jobs')?.[0];
  const found = conditions(strings(findValues(message, GroupTag.printer, 'printer-state-reasons')));
  if (found.has('offline') || found.has('shutdown')) return { kind: 'offline', cause: 'device-offline' };
  if (found.has('media-jam')) return { kind: 'jammed' };
  if (found.has('media-empty') || found.has('media-needed')) return { kind: 'paper-out' };
  if (accepting === false) return { kind: 'stopped' };
  if (state === PrinterState.stopped) return found.has('paused') ? { kind: 'paused' } : { kind: 'stopped' };
  if (state === PrinterState.idle || state === PrinterState.processing) return { kind: 'ready' };
  return { kind: 'stopped' }; // no state at all: do not promise paper we cannot vouch for
}

export function jobStateFrom(message: IppMessage): A4JobState | undefined {
  const state = findValues(message, GroupTag.job, 'job-state')?.[0];
  const kind = typeof state === 'number' ? jobStates[state] : undefined;
  if (kind === undefined) return undefined;
  return { kind, reasons: strings(findValues(message, GroupTag.job, 'job-state-reasons')).filter((r) => r !== 'none') };
}

export function jobIdFrom(message: IppMessage): number | undefined {
  const id = findValues(message, GroupTag.job, 'job-id')?.[0];
  return typeof id === 'number' && id > 0 ? id : undefined;
}

export type IppOperationKind = 'printer' | 'job';

/**
 * An IPP error status as the contract's error; `not-found` means the queue or the job, and
 * `not-possible` on a job (CUPS: "already completed - can't cancel") means it has finished.
 */
export function printErrorFrom(message: IppMessage, about: IppOperationKind): A4PrintError {
  switch (message.code) {
    case IppStatus.notFound:
      return about === 'printer' ? { kind: 'no-queue' } : { kind: 'no-such-job' };
    case IppStatus.notAcceptingJobs:
      return { kind: 'not-accepting' };
    case IppStatus.notPossible:
      return about === 'job' ? { kind: 'job-finished' } : { kind: 'refused', ippStatus: message.code };
    default:
      return { kind: 'refused', ippStatus: message.code };
  }
}
