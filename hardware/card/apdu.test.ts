import { describe, expect, it } from 'vitest';
import * as apdu from './apdu';

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s/g, ''), 'hex'));

describe('APDU commands (ISO 7816-4 short form)', () => {
  it('builds SELECT by AID without FCI (case 3)', () => {
    expect(apdu.selectByAid(hex('F04D4F49494401'))).toEqual(hex('00 A4 04 0C 07 F04D4F49494401'));
  });

  it('builds SELECT EF by file id', () => {
    expect(apdu.selectFile(0x0102)).toEqual(hex('00 A4 02 0C 02 0102'));
  });

  it('builds READ BINARY with a 15-bit offset and Le, 256 travelling as 00 (case 2)', () => {
    expect(apdu.readBinary(0x0180, 0x80)).toEqual(hex('00 B0 01 80 80'));
    expect(apdu.readBinary(0, 256)).toEqual(hex('00 B0 00 00 00'));
  });

  it('builds VERIFY with a PIN block (case 3) and the empty VERIFY that asks the counter (case 1)', () => {
    expect(apdu.verify(hex('31323334FFFFFFFF'))).toEqual(hex('00 20 00 81 08 31323334FFFFFFFF'));
    expect(apdu.verify()).toEqual(hex('00 20 00 81'));
  });

  it('builds GET RESPONSE and INTERNAL AUTHENTICATE (case 4)', () => {
    expect(apdu.getResponse(0x40)).toEqual(hex('00 C0 00 00 40'));
    expect(apdu.internalAuthenticate(hex('0102030405060708090A0B0C0D0E0F10'))).toEqual(hex('00 88 00 00 10 0102030405060708090A0B0C0D0E0F10 00'));
  });

  it('resends a command with the Le the card asked for (6Cxx)', () => {
    expect(apdu.withLe(hex('00 B0 00 00 80'), 0x2c)).toEqual({ ok: true, value: hex('00 B0 00 00 2C') });
  });

  it('decodes the four command cases and refuses extended or inconsistent lengths', () => {
    expect(apdu.decodeCommand(hex('00 20 00 81'))).toMatchObject({ ok: true, value: { ins: 0x20, data: new Uint8Array(0) } });
    expect(apdu.decodeCommand(hex('00 B0 00 00 00'))).toMatchObject({ ok: true, value: { le: 256 } });
    expect(apdu.decodeCommand(hex('00 A4 02 0C 02 0101'))).toMatchObject({ ok: true, value: { data: hex('0101') } });
    expect(apdu.decodeCommand(hex('00 88 00 00 02 AABB 00'))).toMatchObject({ ok: true, value: { data: hex('AABB'), le: 256 } });
    expect(apdu.decodeCommand(hex('00 A4'))).toEqual({ ok: false, error: { kind: 'truncated', length: 2 } });
    expect(apdu.decodeCommand(hex('00 A4 04 00 05 0102'))).toEqual({ ok: false, error: { kind: 'truncated', length: 7 } });
    expect(apdu.decodeCommand(hex('00 A4 04 00 01 01 02 03'))).toEqual({ ok: false, error: { kind: 'oversized', length: 8 } });
    expect(apdu.decodeCommand(hex('00 B0 00 00 00 01 00'))).toEqual({ ok: false, error: { kind: 'malformed-command' } });
  });
});

describe('APDU responses', () => {
  it.each([
    ['9000', { kind: 'ok', sw: '9000' }],
    ['63C2', { kind: 'tries-left', sw: '63C2', triesLeft: 2 }],
    ['63C0', { kind: 'tries-left', sw: '63C0', triesLeft: 0 }],
    ['6983', { kind: 'blocked', sw: '6983' }],
    ['6700', { kind: 'wrong-length', sw: '6700' }],
    ['6140', { kind: 'more-data', sw: '6140', available: 64 }],
    ['6100', { kind: 'more-data', sw: '6100', available: 256 }],
    ['6C2C', { kind: 'wrong-le', sw: '6C2C', exactLe: 44 }],
    ['6A82', { kind: 'error', sw: '6A82' }],
    ['6F00', { kind: 'error', sw: '6F00' }],
    ['6310', { kind: 'error', sw: '6310' }],
  ])('reads status word %s as a typed value', (sw, expected) => {
    expect(apdu.parseResponse(hex(sw))).toEqual({ ok: true, value: { data: new Uint8Array(0), status: expected } });
  });

  it('splits data from the status word', () => {
    expect(apdu.parseResponse(hex('AABBCC 9000'))).toEqual({ ok: true, value: { data: hex('AABBCC'), status: { kind: 'ok', sw: '9000' } } });
  });

  it('refuses a response shorter than a status word, and one longer than a short APDU allows', () => {
    expect(apdu.parseResponse(hex('90'))).toEqual({ ok: false, error: { kind: 'truncated', length: 1 } });
    expect(apdu.parseResponse(new Uint8Array(259))).toEqual({ ok: false, error: { kind: 'oversized', length: 259 } });
  });

  it('given random bytes, never throws', () => {
    for (let i = 0; i < 5000; i++) {
      const bytes = Uint8Array.from({ length: Math.floor(Math.random() * 300) }, () => Math.floor(Math.random() * 256));
      expect(() => apdu.parseResponse(bytes)).not.toThrow();
      expect(() => apdu.decodeCommand(bytes)).not.toThrow();
    }
  });
});
