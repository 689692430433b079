import { describe, expect, it } from 'vitest';
import type { EscPosCommand } from './escpos-parser';
import { EscPosParser } from './escpos-parser';

const parse = (...bytes: number[]): EscPosCommand[] => new EscPosParser().push(Uint8Array.from(bytes));
const ops = (commands: EscPosCommand[]) => commands.map(({ raw: _raw, offset: _offset, ...rest }) => rest);

describe('EscPosParser', () => {
  it('given the commands our encoder sends, then each is understood with its arguments', () => {
    expect(ops(parse(0x1b, 0x40, 0x1b, 0x74, 16, 0x1b, 0x45, 1, 0x1b, 0x61, 1, 0x1d, 0x21, 0x11, 0x41, 0x0a, 0x1d, 0x56, 0x01))).toEqual([
      { op: 'init' },
      { op: 'codepage', n: 16 },
      { op: 'bold', isOn: true },
      { op: 'align', align: 'center' },
      { op: 'size', width: 2, height: 2 },
      { op: 'text', bytes: Uint8Array.of(0x41) },
      { op: 'lf' },
      { op: 'cut', mode: 'partial', feedDots: 0 },
    ]);
  });

  it('given DLE EOT n, GS ( K density and GS V 66 n, then they are status request, density and cut after feeding n dots', () => {
    expect(ops(parse(0x10, 0x04, 0x02, 0x1d, 0x28, 0x4b, 2, 0, 0x31, 0xfe, 0x1d, 0x56, 66, 40))).toEqual([
      { op: 'status-request', n: 2 },
      { op: 'density', step: -2 },
      { op: 'cut', mode: 'full', feedDots: 40 },
    ]);
  });

  it('given GS v 0 split across chunks, then it waits for the whole image and returns its dots once', () => {
    const parser = new EscPosParser();
    expect(parser.push(Uint8Array.of(0x1d, 0x76, 0x30, 0, 2, 0, 2))).toEqual([]);
    expect(parser.push(Uint8Array.of(0, 0xff, 0x00))).toEqual([]);
    const [raster] = parser.push(Uint8Array.of(0x0f, 0xf0));
    expect(raster).toMatchObject({ op: 'raster', widthBytes: 2, heightDots: 2, scale: 0, bits: Uint8Array.of(0xff, 0, 0x0f, 0xf0), offset: 0 });
  });

  it('given QR functions (GS ( k cn 49), then model, size, level, store and print are returned with their parameters', () => {
    const store = [0x1d, 0x28, 0x6b, 5, 0, 0x31, 0x50, 0x30, 0x41, 0x42];
    expect(ops(parse(...store, 0x1d, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30))).toEqual([
      { op: 'qr', fn: 0x50, params: Uint8Array.of(0x30, 0x41, 0x42) },
      { op: 'qr', fn: 0x51, params: Uint8Array.of(0x30) },
    ]);
  });

  it('given commands it does not emulate, then each is reported as unknown with its bytes and offset, and parsing goes on', () => {
    const commands = parse(0x41, 0x1b, 0x70, 0x1d, 0x28, 0x4c, 2, 0, 0x30, 0x45, 0x07, 0x1c, 0x70, 0x42);
    expect(commands.map((c) => [c.op, c.offset, Buffer.from(c.raw).toString('hex')])).toEqual([
      ['text', 0, '41'],
      ['unknown', 1, '1b70'],
      ['unknown', 3, '1d284c02003045'],
      ['unknown', 10, '07'],
      ['unknown', 11, '1c70'],
      ['text', 13, '42'],
    ]);
  });

  it('given random bytes, then it never throws and accounts for every byte it consumed', () => {
    let seed = 11;
    const parser = new EscPosParser();
    let consumed = 0;
    for (let round = 0; round < 200; round += 1) {
      const chunk = Uint8Array.from({ length: 64 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >> 24);
      for (const command of parser.push(chunk)) consumed += command.raw.length;
    }
    expect(consumed + parser.leftover().length).toBe(200 * 64);
  });
});
