// What both sides of the card interface agree on: the application, its files, the PIN
// format. The card (IdCardApplet) and the reader (card-session) import it; neither
// imports the other.
export const idApplicationAid = Uint8Array.of(0xf0, 0x4d, 0x4f, 0x49, 0x49, 0x44, 0x01); // proprietary RID F0 + "MOIID" v1
export const fileIds = { identity: 0x0101, certificate: 0x0102 } as const;
/** T=1 cold ATR with no historical bytes: 3B 80 80 01 01 (TCK = 80^80^01). */
export const cardAtr = Uint8Array.of(0x3b, 0x80, 0x80, 0x01, 0x01);
export const pinBlockLength = 8;
export const maxPinTries = 3;
export const pinPattern = /^\d{4,8}$/;

/** ASCII digits padded with FF to eight bytes (as many eID PIN formats); zero it after use. */
export function pinToBlock(pin: string): Uint8Array {
  const block = new Uint8Array(pinBlockLength).fill(0xff);
  for (let i = 0; i < pin.length && i < pinBlockLength; i++) block[i] = pin.charCodeAt(i) & 0xff;
  return block;
}
