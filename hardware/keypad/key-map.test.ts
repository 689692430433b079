import { describe, expect, it } from 'vitest';
import { keypadKeys } from './contract';
import { bootKeyboardKeypadMap, vendorByteKeypadMap } from './fixtures/example-key-maps';
import { parseKeyMap } from './key-map';

describe('key map', () => {
  it('given the two example maps, then both are valid and name every key of the layout', () => {
    for (const input of [bootKeyboardKeypadMap, vendorByteKeypadMap]) {
      const map = parseKeyMap(input);
      if (!map.ok) throw new Error(map.error.issues.join('; '));
      expect(new Set(map.value.keys.map((k) => k.key))).toEqual(new Set(keypadKeys));
    }
  });

  it('given a vendor-byte map without byte index or release code, then they default to 0', () => {
    const map = parseKeyMap({ vendorId: 1, productId: 2, report: { format: 'vendor-byte' }, keys: [{ code: 5, key: 'help' }] });
    expect(map).toMatchObject({ ok: true, value: { report: { format: 'vendor-byte', byteIndex: 0, releaseCode: 0 } } });
  });

  it.each([
    ['a vendor id over 16 bits', { ...bootKeyboardKeypadMap, vendorId: 0x10000 }, 'vendorId'],
    ['an unknown key name', { ...bootKeyboardKeypadMap, keys: [{ code: 0x59, key: 'star' }] }, 'keys.0.key'],
    ['a code mapped twice', { ...bootKeyboardKeypadMap, keys: [{ code: 0x59, key: '1' }, { code: 0x59, key: '2' }] }, 'keys.1.code: code 0x59 is mapped twice'],
    ['a release code that is also a key', { ...vendorByteKeypadMap, keys: [{ code: 0, key: '0' }] }, 'report.releaseCode: the release code cannot also be a key'],
    ['a reserved boot-keyboard code', { ...bootKeyboardKeypadMap, keys: [{ code: 0x01, key: '1' }] }, 'keys: boot-keyboard codes 0–3 are reserved'],
    ['an unknown report format', { ...bootKeyboardKeypadMap, report: { format: 'joystick' } }, 'report.format'],
    ['no keys at all', { ...bootKeyboardKeypadMap, keys: [] }, 'keys'],
  ])('given %s, then it is refused naming the field at fault', (_name, input, field) => {
    const map = parseKeyMap(input);
    expect(map.ok).toBe(false);
    if (!map.ok) expect(map.error.issues.some((issue) => issue.startsWith(field))).toBe(true);
  });
});
