import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeIdentity, encodeIdentity } from './identity-tlv';
import { identityOf } from './test-cards';
import { encodeTlv } from './tlv';

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s/g, ''), 'hex'));
const resident = identityOf('resident');

describe('identity file TLV', () => {
  it('round-trips every field, Arabic script included', () => {
    expect(decodeIdentity(encodeIdentity(resident))).toEqual({ ok: true, value: resident });
  });

  it('starts with template 70 and the 11-digit ID number under tag 80', () => {
    const bytes = encodeIdentity(resident);
    expect(bytes[0]).toBe(0x70);
    const body = bytes.subarray(bytes[1] === 0x81 ? 3 : 2);
    expect(Buffer.from(body.subarray(0, 13)).toString('latin1')).toBe(`\x80\x0b${resident.idNumber}`);
  });

  it('given a truncated file, then the error says truncated', () => {
    const bytes = encodeIdentity(resident);
    expect(decodeIdentity(bytes.subarray(0, bytes.length - 5))).toEqual({ ok: false, error: { kind: 'truncated' } });
  });

  it('given a length byte that is neither short nor 81/82, then the error says bad-length', () => {
    expect(decodeIdentity(hex('70 85 00000001 00'))).toEqual({ ok: false, error: { kind: 'bad-length' } });
  });

  it('given a field that is missing, malformed or twice present, then the error names the field only', () => {
    const field = (tag: number, v: string) => encodeTlv(tag, new TextEncoder().encode(v));
    const without = Buffer.concat([field(0x80, '28412345678')]);
    expect(decodeIdentity(encodeTlv(0x70, without))).toEqual({ ok: false, error: { kind: 'missing-field', field: 'nameAr' } });
    expect(decodeIdentity(encodeTlv(0x70, field(0x80, '1234')))).toEqual({ ok: false, error: { kind: 'bad-field', field: 'idNumber' } });
    const twice = Buffer.concat([field(0x80, '28412345678'), field(0x80, '28412345678')]);
    expect(decodeIdentity(encodeTlv(0x70, twice))).toEqual({ ok: false, error: { kind: 'duplicate-field', field: 'idNumber' } });
    expect(decodeIdentity(encodeTlv(0x70, encodeTlv(0x81, hex('C3 28'))))).toEqual({ ok: false, error: { kind: 'bad-field', field: 'nameAr' } });
  });

  it('given bytes after the template, then it is refused', () => {
    expect(decodeIdentity(Buffer.concat([encodeIdentity(resident), hex('00')]))).toMatchObject({ ok: false });
  });

  it('given random bytes and random corruptions of a real file, never throws and never accepts garbage silently', () => {
    const good = encodeIdentity(resident);
    for (let i = 0; i < 5000; i++) {
      const bytes = i % 2 ? new Uint8Array(randomBytes(Math.floor(Math.random() * 260))) : good.slice();
      if (i % 2 === 0) for (let k = 0; k < 3; k++) bytes[Math.floor(Math.random() * bytes.length)] = Math.floor(Math.random() * 256);
      let result: ReturnType<typeof decodeIdentity> | undefined;
      expect(() => {
        result = decodeIdentity(bytes);
      }).not.toThrow();
      if (result?.ok) expect(result.value.idNumber).toMatch(/^\d{11}$/);
    }
  });
});
