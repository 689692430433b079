import { describe, expect, it } from 'vitest';
import { decodeIpp, encodeIpp, findValues, GroupTag, ValueTag } from './ipp-codec';
import { getJobAttributesRequest, getPrinterAttributesRequest } from './ipp-requests';
import { cupsAnswers } from './ipp-fixtures';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const fromHex = (text: string): Uint8Array => new Uint8Array(Buffer.from(text.replace(/\s+/g, ''), 'hex'));
/** tag, name length, name, value length, value (RFC 8010 §3.1.4) */
const attr = (tag: number, name: string, value: string): string =>
  tag.toString(16).padStart(2, '0') + name.length.toString(16).padStart(4, '0') + hex(Buffer.from(name)) + value.length.toString(16).padStart(4, '0') + hex(Buffer.from(value));

describe('IPP encoding', () => {
  it('given a Get-Printer-Attributes request, then its bytes follow RFC 8010: version, operation, request id, operation group, a 1setOf with empty names, end tag', () => {
    const uri = 'ipp://127.0.0.1:631/printers/a4';
    const expected =
      '0200' + '000b' + '00000007' + '01' +
      attr(0x47, 'attributes-charset', 'utf-8') +
      attr(0x48, 'attributes-natural-language', 'en') +
      attr(0x45, 'printer-uri', uri) +
      attr(0x44, 'requested-attributes', 'printer-state') +
      attr(0x44, '', 'printer-state-reasons') +
      attr(0x44, '', 'printer-state-message') +
      attr(0x44, '', 'printer-is-accepting-jobs') +
      '03';
    expect(hex(getPrinterAttributesRequest(uri, 7))).toBe(expected);
  });

  it('given a job request, then the job id is a 4-byte integer', () => {
    const bytes = getJobAttributesRequest('ipp://h/printers/a4', 1, 0x01020304);
    expect(hex(bytes)).toContain('2100066a6f622d69640004' + '01020304');
  });

  it('given a message with a document, when encoded and decoded, then attributes and document survive', () => {
    const data = Uint8Array.from({ length: 300 }, (_, i) => i % 256);
    const bytes = encodeIpp({
      version: [2, 0],
      code: 2,
      requestId: 42,
      groups: [{ tag: GroupTag.operation, attributes: [{ name: 'job-name', tag: ValueTag.name, values: ['شهادة'] }, { name: 'copies', tag: ValueTag.integer, values: [-1] }] }],
      data,
    });
    const decoded = decodeIpp(bytes);
    expect(decoded.ok && decoded.value.data).toEqual(data);
    expect(decoded.ok && findValues(decoded.value, GroupTag.operation, 'job-name')).toEqual(['شهادة']);
    expect(decoded.ok && findValues(decoded.value, GroupTag.operation, 'copies')).toEqual([-1]);
  });
});

describe('IPP decoding of answers recorded from CUPS 2.4', () => {
  it('given a disabled queue, then state 5, reasons paused and the message are read', () => {
    const decoded = decodeIpp(fromHex(cupsAnswers.printerPaused));
    if (!decoded.ok) throw new Error(decoded.error.kind);
    expect(decoded.value).toMatchObject({ version: [2, 0], code: 0, requestId: 7 });
    expect(findValues(decoded.value, GroupTag.printer, 'printer-state')).toEqual([5]);
    expect(findValues(decoded.value, GroupTag.printer, 'printer-state-reasons')).toEqual(['paused']);
    expect(findValues(decoded.value, GroupTag.printer, 'printer-state-message')).toEqual(['maintenance']);
    expect(findValues(decoded.value, GroupTag.printer, 'printer-is-accepting-jobs')).toEqual([true]);
  });

  it('given a Print-Job answer, then the job id and state are read', () => {
    const decoded = decodeIpp(fromHex(cupsAnswers.printJob));
    expect(decoded.ok && findValues(decoded.value, GroupTag.job, 'job-id')).toEqual([1]);
    expect(decoded.ok && findValues(decoded.value, GroupTag.job, 'job-state')).toEqual([3]);
  });

  it('given the answer for a queue that does not exist, then the status code is client-error-not-found', () => {
    const decoded = decodeIpp(fromHex(cupsAnswers.noSuchQueue));
    expect(decoded.ok && decoded.value.code).toBe(0x0406);
  });
});

describe('IPP decoding of bad bytes', () => {
  const good = fromHex(cupsAnswers.printerPaused);

  it('given every truncation of a real answer, then each is refused as a value, never thrown', () => {
    for (let length = 0; length < good.length; length++) {
      const decoded = decodeIpp(good.subarray(0, length));
      expect(decoded.ok, `length ${length}`).toBe(false);
    }
  });

  it('given an attribute before any group, or a length running past the end, then the error names the offset', () => {
    expect(decodeIpp(fromHex('0200000000000001' + '21' + '0001' + '61' + '0004' + '00000001' + '03'))).toEqual({ ok: false, error: { kind: 'bad-tag', offset: 8, tag: 0x21 } });
    expect(decodeIpp(fromHex('0200000000000001' + '01' + '44' + '0001' + '61' + 'ffff' + '03'))).toEqual({ ok: false, error: { kind: 'truncated', offset: 13 } });
  });

  it('given an integer of the wrong size, then it is a bad value', () => {
    expect(decodeIpp(fromHex('0200000000000001' + '04' + '21' + '0001' + '61' + '0002' + '0001' + '03'))).toMatchObject({ ok: false, error: { kind: 'bad-value', name: 'a' } });
  });

  it('given collections nested past any sane depth, then it stops with bad-value', () => {
    const open = '34' + '0000' + '0000' + '4a' + '0000' + '0001' + '61';
    const bytes = fromHex('0200000000000001' + '04' + '34' + '0001' + '63' + '0000' + '4a0000000161' + open.repeat(20));
    expect(decodeIpp(bytes)).toMatchObject({ ok: false, error: { kind: 'bad-value' } });
  });

  it('given a collection, then its members are read', () => {
    // media-col = { media-size-name: "iso_a4_210x297mm" }
    const bytes = fromHex('0200000000000001' + '04' + '34' + '0009' + hex(Buffer.from('media-col')) + '0000' + '4a' + '0000' + '000f' + hex(Buffer.from('media-size-name')) + '44' + '0000' + '0010' + hex(Buffer.from('iso_a4_210x297mm')) + '37' + '0000' + '0000' + '03');
    const decoded = decodeIpp(bytes);
    expect(decoded.ok && findValues(decoded.value, GroupTag.printer, 'media-col')).toEqual([{ members: [{ name: 'media-size-name', tag: 0x44, values: ['iso_a4_210x297mm'] }] }]);
  });

  it('given thousands of random byte strings, then decoding never throws', () => {
    let seed = 12345;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 8) & 0xff;
    for (let round = 0; round < 3000; round++) {
      const noise = Uint8Array.from({ length: random() }, random);
      // half start from a real answer and flip bytes, half are pure noise
      const bytes = round % 2 === 0 ? noise : good.map((b, i) => (i === random() % good.length ? random() : b));
      expect(() => decodeIpp(bytes)).not.toThrow();
    }
  });
});
