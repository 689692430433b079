import { describe, expect, it } from 'vitest';
import { encodeVpcdFrame, VpcdFrameReader } from './vpcd-frames';

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s/g, ''), 'hex'));

describe('vpcd frames', () => {
  it('reads the four control codes and an APDU', () => {
    const reader = new VpcdFrameReader();
    expect(reader.push(hex('0001 04  0001 01  0001 02  0001 00  0004 00A40400'))).toEqual([
      { kind: 'get-atr' },
      { kind: 'power-on' },
      { kind: 'reset' },
      { kind: 'power-off' },
      { kind: 'apdu', apdu: hex('00A40400') },
    ]);
  });

  it('given a frame split across reads (length first, as vpcd sends it), then it waits for the body', () => {
    const reader = new VpcdFrameReader();
    expect(reader.push(hex('00'))).toEqual([]);
    expect(reader.push(hex('05'))).toEqual([]);
    expect(reader.push(hex('00B000'))).toEqual([]);
    expect(reader.push(hex('0080 0001'))).toEqual([{ kind: 'apdu', apdu: hex('00B0000080') }]);
    expect(reader.push(hex('04'))).toEqual([{ kind: 'get-atr' }]);
  });

  it('names an unknown control code instead of guessing', () => {
    expect(new VpcdFrameReader().push(hex('0001 09'))).toEqual([{ kind: 'unknown-control', code: 9 }]);
  });

  it('writes the length and body as one buffer', () => {
    expect(encodeVpcdFrame(hex('9000'))).toEqual(hex('0002 9000'));
  });
});
