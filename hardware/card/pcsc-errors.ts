// pcsclite reports failures as Error objects whose message ends in the PC/SC return code,
// e.g. "SCardTransmit error: Card was removed.(0x80100069)". Here they become contract
// errors; codes from pcsc-lite's pcsclite.h.
import type { CardError } from './contract';

export const pcscCodes = {
  cancelled: 0x80100002,
  sharingViolation: 0x8010000b,
  noSmartcard: 0x8010000c,
  commError: 0x80100013, // also "RPC transport error": pcscd went away
  readerUnavailable: 0x80100017,
  noService: 0x8010001d,
  serviceStopped: 0x8010001e,
  noReadersAvailable: 0x8010002e,
  unresponsiveCard: 0x80100066,
  unpoweredCard: 0x80100067,
  resetCard: 0x80100068,
  removedCard: 0x80100069,
} as const;

export function pcscCode(error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const match = /\(0x([0-9a-fA-F]{8})\)\s*$/.exec(message);
  return match?.[1] === undefined ? undefined : parseInt(match[1], 16);
}

export function toCardError(error: unknown): CardError {
  const code = pcscCode(error);
  switch (code) {
    case pcscCodes.noSmartcard:
    case pcscCodes.removedCard:
    case pcscCodes.resetCard:
      return { kind: 'card-removed' };
    case pcscCodes.unresponsiveCard:
    case pcscCodes.unpoweredCard:
      return { kind: 'unreadable' };
    default:
      // sharing violations, a vanished reader, pcscd gone, or a code we do not know
      return { kind: 'reader-unavailable' };
  }
}

/** Hex code for logs: never the message (it is safe today, but it is the driver's text). */
export function pcscCodeHex(error: unknown): string {
  const code = pcscCode(error);
  return code === undefined ? 'unknown' : `0x${code.toString(16)}`;
}
