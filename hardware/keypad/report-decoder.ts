// Pure: input reports → key edges. A keyboard-style device repeats the same report while a key
// is held and sends the full set of held keys each time, so keys are found by comparing each
// report's set with the previous one: only changes become events.
import { err, ok, type Result } from '../result';
import type { KeypadKey } from './contract';
import type { KeyMap } from './key-map';

export type KeyEdge = { readonly type: 'KEYPAD.PRESSED' | 'KEYPAD.RELEASED'; readonly key: KeypadKey };

export type ReportError =
  /** Another report of a composite device (e.g. consumer keys): not ours, not an error. */
  | { readonly kind: 'other-report'; readonly reportId: number }
  | { readonly kind: 'wrong-length'; readonly length: number }
  /** Boot keyboards fill the key slots with 0x01 when too many keys are down (HID usage tables 10). */
  | { readonly kind: 'roll-over' };

/** The codes held in one report, before mapping. */
export function codesInReport(map: KeyMap, report: Uint8Array): Result<number[], ReportError> {
  let body = report;
  if (map.reportId !== undefined) {
    if (report[0] !== map.reportId) return err({ kind: 'other-report', reportId: report[0] ?? -1 });
    body = report.subarray(1);
  }
  if (map.report.format === 'boot-keyboard') {
    if (body.length < 8) return err({ kind: 'wrong-length', length: body.length });
    const slots = [...body.subarray(2, 8)];
    if (slots.some((code) => code >= 0x01 && code <= 0x03)) return err({ kind: 'roll-over' });
    return ok(slots.filter((code) => code !== 0));
  }
  const { byteIndex, releaseCode } = map.report;
  if (body.length <= byteIndex) return err({ kind: 'wrong-length', length: body.length });
  const code = body[byteIndex] ?? releaseCode;
  return ok(code === releaseCode ? [] : [code]);
}

/** Keeps the keys held between reports; a bad report changes nothing. */
export class KeypadReportDecoder {
  private held: KeypadKey[] = [];
  private readonly keyOf: ReadonlyMap<number, KeypadKey>;

  constructor(private readonly map: KeyMap) {
    this.keyOf = new Map(map.keys.map(({ code, key }) => [code, key]));
  }

  /** Releases first (a new key replacing an old one reads naturally), then presses in report order. */
  feed(report: Uint8Array): Result<KeyEdge[], ReportError> {
    const codes = codesInReport(this.map, report);
    if (!codes.ok) return codes;
    // unknown codes (a key the map does not name) are held by nobody
    const next = [...new Set(codes.value.flatMap((code) => this.keyOf.get(code) ?? []))];
    const edges: KeyEdge[] = [
      ...this.held.filter((key) => !next.includes(key)).map((key) => ({ type: 'KEYPAD.RELEASED' as const, key })),
      ...next.filter((key) => !this.held.includes(key)).map((key) => ({ type: 'KEYPAD.PRESSED' as const, key })),
    ];
    this.held = next;
    return ok(edges);
  }

  /** The device is gone: every held key comes up. */
  releaseAll(): KeyEdge[] {
    const edges = this.held.map((key) => ({ type: 'KEYPAD.RELEASED' as const, key }));
    this.held = [];
    return edges;
  }
}
