/**
 * Pure real-time status (DLE EOT n) requests and answers, per the Epson ESC/POS reference,
 * "DLE EOT n: Transmit real-time status". Every answer byte has bit 1 and bit 4 set and
 * bits 0 and 7 clear; a byte that does not is not a status answer.
 */
import type { Result } from '../result';
import { err, ok } from '../result';
import type { PrinterStatus } from './contract';

const DLE = 0x10;
const EOT = 0x04;

/** n = 1 printer, 2 offline cause, 3 error cause, 4 roll paper sensor. */
export type StatusQuery = 1 | 2 | 3 | 4;
export const statusQueries: readonly StatusQuery[] = [1, 2, 3, 4];

export function statusRequest(n: StatusQuery): Uint8Array {
  return Uint8Array.of(DLE, EOT, n);
}

/** All four requests in one write; the printer answers one byte each, in order. */
export function fullStatusRequest(): Uint8Array {
  return Uint8Array.of(...statusQueries.flatMap((n) => [...statusRequest(n)]));
}

/** Bits of each answer byte (bit numbers from the Epson tables). */
export const statusBits = {
  printer: { drawerPin3High: 1 << 2, offline: 1 << 3, waitingOnlineRecovery: 1 << 5 },
  offlineCause: { coverOpen: 1 << 2, feedButton: 1 << 3, paperEndStop: 1 << 5, errorOccurred: 1 << 6 },
  errorCause: { recoverable: 1 << 2, autocutter: 1 << 3, unrecoverable: 1 << 5, autoRecoverable: 1 << 6 },
  paper: { nearEnd: (1 << 2) | (1 << 3), end: (1 << 5) | (1 << 6) },
} as const;

const FIXED_MASK = 0b1001_0011; // bits 7, 4, 1, 0
const FIXED_VALUE = 0b0001_0010; // bit 4 and bit 1 set, bit 7 and bit 0 clear

export interface StatusAnswers {
  readonly printer: number;
  readonly offlineCause: number;
  readonly errorCause: number;
  readonly paper: number;
}

export type StatusDecodeError = { readonly kind: 'malformed'; readonly query: StatusQuery; readonly byte: number } | { readonly kind: 'short'; readonly received: number };

export function isStatusByte(byte: number): boolean {
  return (byte & FIXED_MASK) === FIXED_VALUE;
}

/** Four answer bytes (in request order) to one status, most serious cause first. */
export function decodeStatusAnswers(bytes: Uint8Array): Result<PrinterStatus, StatusDecodeError> {
  if (bytes.length < 4) return err({ kind: 'short', received: bytes.length });
  for (const n of statusQueries) {
    const byte = bytes[n - 1]!;
    if (!isStatusByte(byte)) return err({ kind: 'malformed', query: n, byte });
  }
  const [printer, offlineCause, errorCause, paper] = [bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!];
  return ok(statusOf({ printer, offlineCause, errorCause, paper }));
}

export function statusOf(a: StatusAnswers): PrinterStatus {
  const { offlineCause: oc, errorCause: ec, paper: p } = statusBits;
  if (a.offlineCause & oc.coverOpen) return { kind: 'cover-open' };
  if ((a.paper & p.end) !== 0 || (a.offlineCause & oc.paperEndStop) !== 0) return { kind: 'paper-out' };
  // A thermal printer reports a paper jam as an autocutter error (the blade cannot return).
  if (a.errorCause & (ec.autocutter | ec.unrecoverable)) return { kind: 'jam' };
  if (a.printer & statusBits.printer.offline) return { kind: 'offline' };
  if (a.errorCause & (ec.recoverable | ec.autoRecoverable)) return { kind: 'offline' };
  if ((a.paper & p.nearEnd) !== 0) return { kind: 'paper-near-end' };
  return { kind: 'ready' };
}

/** The answers a printer in this state gives (used by the virtual printer). */
export function answersFor(status: PrinterStatus): StatusAnswers {
  const base = FIXED_VALUE;
  const { printer: pr, offlineCause: oc, errorCause: ec, paper: p } = statusBits;
  switch (status.kind) {
    case 'ready':
      return { printer: base, offlineCause: base, errorCause: base, paper: base };
    case 'paper-near-end':
      return { printer: base, offlineCause: base, errorCause: base, paper: base | p.nearEnd };
    case 'paper-out':
      return { printer: base | pr.offline, offlineCause: base | oc.paperEndStop, errorCause: base, paper: base | p.nearEnd | p.end };
    case 'cover-open':
      return { printer: base | pr.offline, offlineCause: base | oc.coverOpen, errorCause: base, paper: base };
    case 'jam':
      return { printer: base | pr.offline, offlineCause: base | oc.errorOccurred, errorCause: base | ec.autocutter, paper: base };
    case 'offline':
      return { printer: base | pr.offline, offlineCause: base | oc.errorOccurred, errorCause: base | ec.autoRecoverable, paper: base };
  }
}

export function answerByte(answers: StatusAnswers, n: StatusQuery): number {
  return [answers.printer, answers.offlineCause, answers.errorCause, answers.paper][n - 1]!;
}
