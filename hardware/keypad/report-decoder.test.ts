import { describe, expect, it } from 'vitest';
import { bootKeyboardKeypadMap, vendorByteKeypadMap } from './fixtures/example-key-maps';
import { recordings } from './fixtures/recorded-reports';
import { parseKeyMap, type KeyMap, type KeyMapInput } from './key-map';
import { codesInReport, KeypadReportDecoder } from './report-decoder';

const hex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16));
const mapOf = (input: KeyMapInput): KeyMap => {
  const map = parseKeyMap(input);
  if (!map.ok) throw new Error(map.error.issues.join('; '));
  return map.value;
};
const boot = mapOf(bootKeyboardKeypadMap);
const vendor = mapOf(vendorByteKeypadMap);

describe('report codes', () => {
  it.each([
    ['boot: nothing held', boot, '0000000000000000', { ok: true, value: [] }],
    ['boot: keypad 5', boot, '00005d0000000000', { ok: true, value: [0x5d] }],
    ['boot: two keys and a modifier', boot, '0200514f00000000', { ok: true, value: [0x51, 0x4f] }],
    ['boot: a longer report (padding)', boot, '00005d000000000000', { ok: true, value: [0x5d] }],
    ['boot: too short', boot, '00005d', { ok: false, error: { kind: 'wrong-length', length: 3 } }],
    ['boot: roll-over', boot, '0000010101010101', { ok: false, error: { kind: 'roll-over' } }],
    ['vendor: cancel', vendor, '0221', { ok: true, value: [0x21] }],
    ['vendor: released', vendor, '0200', { ok: true, value: [] }],
    ['vendor: another report id', vendor, '0521', { ok: false, error: { kind: 'other-report', reportId: 5 } }],
    ['vendor: the id and nothing else', vendor, '02', { ok: false, error: { kind: 'wrong-length', length: 0 } }],
    ['vendor: empty', vendor, '', { ok: false, error: { kind: 'other-report', reportId: -1 } }],
  ])('given %s, then %j', (_name, map, report, expected) => {
    expect(codesInReport(map, hex(report))).toEqual(expected);
  });
});

describe('report decoder', () => {
  it.each(recordings.filter((r) => r.steps.every((s) => 'data' in s)).map((r) => [r.name, r] as const))('given the recording "%s", then the key edges are as expected', (_name, recording) => {
    const decoder = new KeypadReportDecoder(recording.map === 'boot-keyboard' ? boot : vendor);
    const edges = recording.steps.flatMap((step) => {
      if (!('data' in step)) return [];
      const fed = decoder.feed(hex(step.data));
      return fed.ok ? fed.value : [];
    });
    expect(edges).toEqual(recording.expected);
  });

  it('given two keys held when the device goes away, then both are released, once', () => {
    const decoder = new KeypadReportDecoder(boot);
    decoder.feed(hex('0000515200000000'));
    expect(decoder.releaseAll()).toEqual([
      { type: 'KEYPAD.RELEASED', key: 'down' },
      { type: 'KEYPAD.RELEASED', key: 'up' },
    ]);
    expect(decoder.releaseAll()).toEqual([]);
  });

  it('given a map where two codes name the same key, then holding both is one press', () => {
    const decoder = new KeypadReportDecoder(mapOf({ ...bootKeyboardKeypadMap, keys: [{ code: 0x58, key: 'enter' }, { code: 0x28, key: 'enter' }] }));
    expect(decoder.feed(hex('0000582800000000'))).toEqual({ ok: true, value: [{ type: 'KEYPAD.PRESSED', key: 'enter' }] });
    expect(decoder.feed(hex('0000280000000000'))).toEqual({ ok: true, value: [] });
    expect(decoder.feed(hex('0000000000000000'))).toEqual({ ok: true, value: [{ type: 'KEYPAD.RELEASED', key: 'enter' }] });
  });

  it('given random reports, then the decoder never throws and never reports a key twice without a release', () => {
    let seed = 11;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) & 0xff;
    for (const map of [boot, vendor]) {
      const decoder = new KeypadReportDecoder(map);
      const down = new Set<string>();
      for (let round = 0; round < 2_000; round += 1) {
        const report = Uint8Array.from({ length: next() % 10 }, () => (next() % 4 === 0 ? 0x50 + (next() % 20) : next()));
        if (map === vendor && report.length > 0) report[0] = 2;
        const fed = decoder.feed(report);
        if (!fed.ok) continue;
        for (const edge of fed.value) {
          if (edge.type === 'KEYPAD.PRESSED') expect(down.has(edge.key)).toBe(false);
          else expect(down.has(edge.key)).toBe(true);
          if (edge.type === 'KEYPAD.PRESSED') down.add(edge.key);
          else down.delete(edge.key);
        }
      }
    }
  });
});
