// The vpcd socket protocol (vsmartcard's vpcd/vicc): every message is a 2-byte big-endian
// length and a body. A 1-byte body is a control code from the reader; anything longer is a
// command APDU. Pure: bytes in, messages out.
export const vpcdControl = { powerOff: 0, powerOn: 1, reset: 2, getAtr: 4 } as const;

export type VpcdMessage =
  | { readonly kind: 'power-off' }
  | { readonly kind: 'power-on' }
  | { readonly kind: 'reset' }
  | { readonly kind: 'get-atr' }
  | { readonly kind: 'unknown-control'; readonly code: number }
  | { readonly kind: 'apdu'; readonly apdu: Uint8Array };

/** Accumulates stream bytes and yields whole messages; a partial frame waits for more. */
export class VpcdFrameReader {
  private buffered: Uint8Array = new Uint8Array(0);

  push(chunk: Uint8Array): VpcdMessage[] {
    const joined = new Uint8Array(this.buffered.length + chunk.length);
    joined.set(this.buffered);
    joined.set(chunk, this.buffered.length);
    const out: VpcdMessage[] = [];
    let at = 0;
    while (joined.length - at >= 2) {
      const length = ((joined[at] ?? 0) << 8) | (joined[at + 1] ?? 0);
      if (joined.length - at - 2 < length) break;
      out.push(toMessage(joined.slice(at + 2, at + 2 + length)));
      at += 2 + length;
    }
    this.buffered = joined.slice(at);
    return out;
  }
}

function toMessage(body: Uint8Array): VpcdMessage {
  if (body.length !== 1) return { kind: 'apdu', apdu: body };
  const code = body[0] ?? 0;
  switch (code) {
    case vpcdControl.powerOff:
      return { kind: 'power-off' };
    case vpcdControl.powerOn:
      return { kind: 'power-on' };
    case vpcdControl.reset:
      return { kind: 'reset' };
    case vpcdControl.getAtr:
      return { kind: 'get-atr' };
    default:
      return { kind: 'unknown-control', code };
  }
}

/** Length and body in one buffer, so they leave in one send (one TCP segment). */
export function encodeVpcdFrame(body: Uint8Array): Uint8Array {
  const out = new Uint8Array(body.length + 2);
  out[0] = (body.length >> 8) & 0xff;
  out[1] = body.length & 0xff;
  out.set(body, 2);
  return out;
}
