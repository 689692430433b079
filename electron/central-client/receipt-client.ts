// The kiosk's side of "send my receipt instead": which contacts the central holds for the
// holder of a paid transaction (masked), and asking it to send there. Failures are CentralError
// values; nothing throws.
import type { Result } from '../../hardware/result';
import type { CentralError } from '../../state-machines/domain';
import { callOptionsOf, postJsonSigned, type CentralRouteClientOptions } from './http-call';
import { ReceiptContactsResponse, ReceiptSendResponse, receiptsPath, type ReceiptChannel } from './receipt-wire';

export type ReceiptClientOptions = CentralRouteClientOptions;

export interface ReceiptClient {
  contacts(key: string): Promise<Result<ReceiptContactsResponse, CentralError>>;
  send(key: string, channel: ReceiptChannel): Promise<Result<ReceiptSendResponse, CentralError>>;
}

export function createReceiptClient(options: ReceiptClientOptions): ReceiptClient {
  const call = callOptionsOf(options);
  return {
    contacts: (key) => postJsonSigned(call, receiptsPath.contacts, { key }, ReceiptContactsResponse),
    send: (key, channel) => postJsonSigned(call, receiptsPath.send, { key, channel }, ReceiptSendResponse),
  };
}
