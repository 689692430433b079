// The kiosk's side of "reprint it later" / "post it to me": records the person's choice for a
// paid document at the central (signed, idempotent by the transaction key). Failures are
// CentralError values; nothing throws.
import type { Result } from '../../hardware/result';
import type { CentralError } from '../../state-machines/domain';
import { createCentralClock } from './central-clock';
import { DocumentChoiceResponse, documentChoicePath, type DocumentChoiceRequest } from './document-choice-wire';
import { DocumentReprintedResponse, documentReprintedPath, type DocumentReprintedRequest } from './document-reprint-wire';
import { postJsonSigned, type HttpCallOptions, type KioskSecret } from './http-call';

export interface DocumentChoiceClientOptions {
  readonly baseUrl: string;
  readonly kioskId: string;
  readonly timeoutMs: number;
  readonly fetchImpl?: typeof fetch;
  /** The kiosk's secret (signing.ts); a function reads the current one (rotation). */
  readonly secret?: KioskSecret;
}

export interface DocumentChoiceClient {
  record(request: DocumentChoiceRequest): Promise<Result<DocumentChoiceResponse, CentralError>>;
  /** A kept document was printed again here (document-reprint-wire.ts); optional so fakes of record need not have it. */
  reportReprint?(request: DocumentReprintedRequest): Promise<Result<DocumentReprintedResponse, CentralError>>;
}

export function createDocumentChoiceClient(options: DocumentChoiceClientOptions): DocumentChoiceClient {
  const call: HttpCallOptions = {
    baseUrl: options.baseUrl,
    kioskId: options.kioskId,
    timeoutMs: options.timeoutMs,
    fetchImpl: options.fetchImpl ?? fetch,
    clock: createCentralClock(),
    ...(options.secret !== undefined ? { secret: options.secret } : {}),
  };
  return {
    record: (request) => postJsonSigned(call, documentChoicePath, request, DocumentChoiceResponse),
    reportReprint: (request) => postJsonSigned(call, documentReprintedPath, request, DocumentReprintedResponse),
  };
}
