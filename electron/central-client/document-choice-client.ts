// The kiosk's side of "reprint it later" / "post it to me": records the person's choice for a
// paid document at the central (signed, idempotent by the transaction key). Failures are
// CentralError values; nothing throws.
import type { Result } from '../../hardware/result';
import type { CentralError } from '../../state-machines/domain';
import { DocumentChoiceResponse, documentChoicePath, type DocumentChoiceRequest } from './document-choice-wire';
import { DocumentReprintedResponse, documentReprintedPath, type DocumentReprintedRequest } from './document-reprint-wire';
import { callOptionsOf, postJsonSigned, type CentralRouteClientOptions } from './http-call';

export type DocumentChoiceClientOptions = CentralRouteClientOptions;

export interface DocumentChoiceClient {
  record(request: DocumentChoiceRequest): Promise<Result<DocumentChoiceResponse, CentralError>>;
  /** A kept document was printed again here (document-reprint-wire.ts); optional so fakes of record need not have it. */
  reportReprint?(request: DocumentReprintedRequest): Promise<Result<DocumentReprintedResponse, CentralError>>;
}

export function createDocumentChoiceClient(options: DocumentChoiceClientOptions): DocumentChoiceClient {
  const call = callOptionsOf(options);
  return {
    record: (request) => postJsonSigned(call, documentChoicePath, request, DocumentChoiceResponse),
    reportReprint: (request) => postJsonSigned(call, documentReprintedPath, request, DocumentReprintedResponse),
  };
}
