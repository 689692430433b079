import { describe, expect, it } from 'vitest';
import { pcscCode, pcscCodeHex, toCardError } from './pcsc-errors';

const pcscError = (text: string) => new Error(text);

describe('PC/SC error translation', () => {
  it.each([
    ['SCardTransmit error: Card was removed.(0x80100069)', { kind: 'card-removed' }],
    ['SCardConnect error: No smart card inserted.(0x8010000C)', { kind: 'card-removed' }],
    ['SCardConnect error: Card is unresponsive.(0x80100066)', { kind: 'unreadable' }],
    ['SCardConnect error: Sharing violation.(0x8010000B)', { kind: 'reader-unavailable' }],
    ['SCardGetStatusChange error: RPC transport error.(0x80100013)', { kind: 'reader-unavailable' }],
    ['something without a code', { kind: 'reader-unavailable' }],
  ])('maps "%s" to a contract error', (message, expected) => {
    expect(toCardError(pcscError(message))).toEqual(expected);
  });

  it('reads the code off the message, for logs as hex only', () => {
    expect(pcscCode(pcscError('SCardEstablishContext error: Service not available.(0x8010001d)'))).toBe(0x8010001d);
    expect(pcscCodeHex(pcscError('SCardTransmit error: Card was removed.(0x80100069)'))).toBe('0x80100069');
    expect(pcscCodeHex('no code here')).toBe('unknown');
  });
});
