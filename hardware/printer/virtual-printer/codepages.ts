// Decoding of code-page text for the virtual printer (Epson ESC t n numbering).
// PC437 is the power-on default of Epson-compatible printers; WPC1252 is what our encoder sends.
import { decodeWpc1252 } from '../wpc1252';

const PC437_UPPER_HALF =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ';

export interface CodepageDecoding {
  readonly text: string;
  /** Set when the code page is not emulated and windows-1252 was used instead. */
  readonly isGuessed: boolean;
}

export function codepageName(n: number): string {
  return n === 0 ? 'PC437' : n === 16 ? 'WPC1252' : `ESC t ${n}`;
}

export function decodeCodepage(bytes: Uint8Array, n: number): CodepageDecoding {
  if (n === 0) {
    const text = [...bytes].map((b) => (b < 0x80 ? String.fromCharCode(b) : PC437_UPPER_HALF[b - 0x80]!)).join('');
    return { text, isGuessed: false };
  }
  return { text: decodeWpc1252(bytes), isGuessed: n !== 16 };
}
