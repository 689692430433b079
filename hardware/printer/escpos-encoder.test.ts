// Byte fixtures from the Epson ESC/POS reference for each command the encoder emits.
import { describe, expect, it } from 'vitest';
import { densityCommand, encodeRasterReceipt, encodeTextReceipt, rasterCommands } from './escpos-encoder';
import type { PrintSettings } from './print-settings';

const settings: PrintSettings = { paperWidthDots: 576, cut: 'partial', feedLinesBeforeCut: 3, density: 0 };
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('encodeTextReceipt', () => {
  const bytes = encodeTextReceipt({ lines: [{ text: 'Frais payés €', align: 'center', isBold: true }], qr: '2026-000123' }, settings);

  it('given a Latin line, then it starts with ESC @, selects WPC1252 (ESC t 16) and prints é and € from that code page', () => {
    expect(hex(bytes.subarray(0, 2))).toBe('1b40');
    expect(hex(bytes)).toContain('1b7410');
    expect(hex(bytes)).toContain(hex(Uint8Array.from([...'Frais pay'].map((c) => c.charCodeAt(0)).concat(0xe9, 0x73, 0x20, 0x80))));
  });

  it('given a bold centred line, then ESC E 1 and ESC a 1 precede it', () => {
    expect(hex(bytes)).toContain('1b4501');
    expect(hex(bytes)).toContain('1b6101');
  });

  it('given QR text, then it is stored and printed with GS ( k (fn 80 store, fn 81 print)', () => {
    const data = hex(new TextEncoder().encode('2026-000123'));
    expect(hex(bytes)).toContain(`1d286b0e00315030${data}`);
    expect(hex(bytes)).toContain('1d286b03003151300');
  });

  it('given a partial cut after 3 feed lines, then it ends with three LFs and GS V 1', () => {
    expect(hex(bytes)).toMatch(/0a0a0a1d5601$/);
  });

  it('given no cut, then no GS V is sent', () => {
    const uncut = encodeTextReceipt({ lines: [{ text: 'x', align: 'left' }] }, { ...settings, cut: 'none' });
    expect(hex(uncut)).not.toContain('1d56');
  });
});

describe('densityCommand', () => {
  it('given steps -6..6, then GS ( K 2 0 49 m with m = 250..255, 0, 1..6 (clamped)', () => {
    expect(hex(densityCommand(3))).toBe('1d284b02003103');
    expect(hex(densityCommand(-1))).toBe('1d284b020031ff');
    expect(hex(densityCommand(-9))).toBe('1d284b020031fa');
    expect(hex(densityCommand(12))).toBe('1d284b02003106');
  });

  it('given a density other than 0, then the receipt sends it right after the ESC @ prologue (FS ., ESC M 0)', () => {
    const bytes = encodeTextReceipt({ lines: [] }, { ...settings, density: 2 });
    expect(hex(bytes)).toMatch(/^1b40(1c2e)?(1b4d00)?1d284b02003102/);
  });
});

describe('rasterCommands', () => {
  it('given 16 x 600 dots, then GS v 0 bands of at most 256 rows with xL xH = 2 bytes and yL yH = rows', () => {
    const bits = new Uint8Array(2 * 600).fill(0xaa);
    const bands = rasterCommands({ widthDots: 16, heightDots: 600, bits });
    expect(bands.map((b) => hex(b.subarray(0, 8)))).toEqual(['1d76300002000001', '1d76300002000001', '1d76300002005800']);
    expect(bands.reduce((sum, b) => sum + b.length - 8, 0)).toBe(1200);
  });

  it('given a raster receipt, then the bands sit between ESC @ and the cut', () => {
    const bytes = encodeRasterReceipt({ widthDots: 8, heightDots: 1, bits: Uint8Array.of(0xff) }, settings);
    expect(hex(bytes)).toMatch(/^1b40.*1d76300001000100ff.*1d5601/);
  });
});
