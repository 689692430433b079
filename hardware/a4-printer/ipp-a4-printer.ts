// The A4 printer as a CUPS queue reached over IPP. Only translates: requests are built and
// answers read by the pure codec and mapping; this file moves bytes and keeps the last status.
import type { DeviceHealth, Result } from '../result';
import { err, ok } from '../result';
import type { A4JobState, A4Printer, A4PrinterStatus, A4PrintError } from './contract';
import { healthOfA4 } from './contract';
import type { IppMessage } from './ipp-codec';
import { decodeIpp } from './ipp-codec';
import type { IppTransportError } from './ipp-http-transport';
import { postIpp } from './ipp-http-transport';
import { cancelJobRequest, getJobAttributesRequest, getPrinterAttributesRequest, printJobRequest } from './ipp-requests';
import type { IppOperationKind } from './ipp-status';
import { isSuccess, jobIdFrom, jobStateFrom, printErrorFrom, printerStatusFrom } from './ipp-status';

export interface IppA4PrinterOptions {
  /** e.g. `ipp://127.0.0.1:631/printers/kiosk-a4` */
  readonly printerUri: string;
  /** Bound on every IPP call; a PDF upload counts as one call. */
  readonly timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

function transportError(e: IppTransportError): A4PrintError {
  switch (e.kind) {
    case 'unreachable':
      return { kind: 'offline' };
    case 'timeout':
      return { kind: 'timeout' };
    case 'http':
      // CUPS answers 404 for a path it does not serve, 401/403 when its policy wants a login
      return e.status === 404 ? { kind: 'no-queue' } : { kind: 'protocol', detail: `http ${e.status}` };
    case 'too-large':
      return { kind: 'protocol', detail: 'answer too large' };
  }
}

export class IppA4Printer implements A4Printer {
  private lastStatus: A4PrinterStatus = { kind: 'offline', cause: 'unreachable' };
  private requestId = 0;
  private readonly timeoutMs: number;

  constructor(private readonly options: IppA4PrinterOptions) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  private async call(build: (requestId: number) => Uint8Array, about: IppOperationKind): Promise<Result<IppMessage, A4PrintError>> {
    this.requestId = (this.requestId % 0x7fffffff) + 1;
    const requestId = this.requestId;
    const answer = await postIpp(this.options.printerUri, build(requestId), this.timeoutMs);
    if (!answer.ok) return err(transportError(answer.error));
    const message = decodeIpp(answer.value);
    if (!message.ok) return err({ kind: 'protocol', detail: `undecodable answer (${message.error.kind} at ${message.error.offset})` });
    if (message.value.requestId !== requestId) return err({ kind: 'protocol', detail: 'answer to another request' });
    if (!isSuccess(message.value)) return err(printErrorFrom(message.value, about));
    return ok(message.value);
  }

  async status(): Promise<A4PrinterStatus> {
    const uri = this.options.printerUri;
    const answer = await this.call((id) => getPrinterAttributesRequest(uri, id), 'printer');
    this.lastStatus = answer.ok ? printerStatusFrom(answer.value) : statusOfError(answer.error);
    return this.lastStatus;
  }

  async print(pdf: Uint8Array, job: { readonly title: string }): Promise<Result<{ readonly jobId: number }, A4PrintError>> {
    const uri = this.options.printerUri;
    const answer = await this.call((id) => printJobRequest(uri, id, job.title, pdf), 'printer');
    if (!answer.ok) {
      this.lastStatus = statusOfError(answer.error, this.lastStatus);
      return answer;
    }
    const jobId = jobIdFrom(answer.value);
    return jobId === undefined ? err({ kind: 'protocol', detail: 'no job-id in the answer' }) : ok({ jobId });
  }

  async jobState(jobId: number): Promise<Result<A4JobState, A4PrintError>> {
    const uri = this.options.printerUri;
    const answer = await this.call((id) => getJobAttributesRequest(uri, id, jobId), 'job');
    if (!answer.ok) return answer;
    const state = jobStateFrom(answer.value);
    return state === undefined ? err({ kind: 'protocol', detail: 'no job-state in the answer' }) : ok(state);
  }

  async cancel(jobId: number): Promise<Result<void, A4PrintError>> {
    const uri = this.options.printerUri;
    const answer = await this.call((id) => cancelJobRequest(uri, id, jobId), 'job');
    return answer.ok ? ok() : answer;
  }

  health(): DeviceHealth {
    return healthOfA4(this.lastStatus);
  }
}

/** What a failed call says about the printer; errors that do not concern it keep the last. */
function statusOfError(error: A4PrintError, previous?: A4PrinterStatus): A4PrinterStatus {
  switch (error.kind) {
    case 'offline':
    case 'timeout':
      return { kind: 'offline', cause: 'unreachable' };
    case 'no-queue':
      return { kind: 'offline', cause: 'no-queue' };
    case 'not-accepting':
      return { kind: 'stopped' };
    case 'no-such-job':
    case 'job-finished':
    case 'refused':
    case 'protocol':
      return previous ?? { kind: 'offline', cause: 'unreachable' };
  }
}
