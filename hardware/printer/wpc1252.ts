// Epson WPC1252 (ESC t 16) = Windows-1252. Node's TextDecoder('windows-1252') decodes
// 0x80-0x9F as C1 controls (ISO 8859-1), so the 32 differing characters are spelled here.
const HIGH_CONTROLS_RANGE = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ'; // 0x80-0x9F; U+FFFD where 1252 has no character

export function decodeWpc1252(bytes: Uint8Array): string {
  return [...bytes].map((b) => (b >= 0x80 && b <= 0x9f ? HIGH_CONTROLS_RANGE[b - 0x80]! : String.fromCharCode(b))).join('');
}

/** Every character WPC1252 prints (0x20-0x7E, 0x80-0xFF less the five holes). */
export const wpc1252Printable: ReadonlySet<string> = new Set(
  [...decodeWpc1252(Uint8Array.from({ length: 0xe0 }, (_, i) => 0x20 + i))].filter((ch) => ch !== '\x7f' && ch !== '\ufffd'),
);
