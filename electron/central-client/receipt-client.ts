// The kiosk's side of "send my receipt instead": which contacts the central holds for the
// holder of a paid transaction (masked), and asking it to send there. Failures are CentralError
// values; nothing throws.
import type { Result } from '../../hardware/result';
import type { CentralError } from '../../state-machines/domain';
import { createCentralClock } from './central-clock';
import { postJsonSigned, type HttpCallOptions, type KioskSecret } from './http-call';
import { ReceiptContactsResponse, ReceiptSendResponse, receiptsPath, type ReceiptChannel } from './receipt-wire';

export interface ReceiptClientOptions {
  readonly baseUrl: string;
  readonly kioskId: string;
  readonly timeoutMs: number;
  readonly fetchImpl?: typeof fetch;
  /** The kiosk's secret, when the central wants signed requests (signing.ts); a function reads the current one (rotation). */
  readonly secret?: KioskSecret;
}

export interface ReceiptClient {
  contacts(key: string): Promise<Result<ReceiptContactsResponse, CentralError>>;
  send(key: string, channel: ReceiptChannel): Promise<Result<ReceiptSendResponse, CentralError>>;
}

export function createReceiptClient(options: ReceiptClientOptions): ReceiptClient {
  const call: HttpCallOptions = {
    baseUrl: options.baseUrl,
    kioskId: options.kioskId,
    timeoutMs: options.timeoutMs,
    fetchImpl: options.fetchImpl ?? fetch,
    clock: createCentralClock(),
    ...(options.secret !== undefined ? { secret: options.secret } : {}),
  };
  return {
    contacts: (key) => postJsonSigned(call, receiptsPath.contacts, { key }, ReceiptContactsResponse),
    send: (key, channel) => postJsonSigned(call, receiptsPath.send, { key, channel }, ReceiptSendResponse),
  };
}
