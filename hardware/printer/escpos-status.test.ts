// Table tests against the Epson ESC/POS reference, "DLE EOT n: Transmit real-time status".
import { describe, expect, it } from 'vitest';
import type { PrinterStatus } from './contract';
import { answerByte, answersFor, decodeStatusAnswers, fullStatusRequest, statusQueries, statusRequest } from './escpos-status';

describe('DLE EOT requests', () => {
  it('given a query n, then the request is DLE EOT n (0x10 0x04 n)', () => {
    expect([...statusRequest(1)]).toEqual([0x10, 0x04, 0x01]);
    expect([...statusRequest(4)]).toEqual([0x10, 0x04, 0x04]);
    expect([...fullStatusRequest()]).toEqual([0x10, 4, 1, 0x10, 4, 2, 0x10, 4, 3, 0x10, 4, 4]);
  });
});

// [printer (n=1), offline cause (n=2), error cause (n=3), roll paper (n=4)] → status
const table: ReadonlyArray<[string, [number, number, number, number], PrinterStatus['kind']]> = [
  ['all fixed bits only (0x12)', [0x12, 0x12, 0x12, 0x12], 'ready'],
  ['n=1 bit 2 drawer pin high is not a fault', [0x16, 0x12, 0x12, 0x12], 'ready'],
  ['n=4 bits 2,3 roll paper near end', [0x12, 0x12, 0x12, 0x1e], 'paper-near-end'],
  ['n=4 bits 5,6 roll paper end', [0x1a, 0x32, 0x12, 0x7e], 'paper-out'],
  ['n=2 bit 5 printing stopped by paper end', [0x1a, 0x32, 0x12, 0x12], 'paper-out'],
  ['n=2 bit 2 cover open', [0x1a, 0x16, 0x12, 0x12], 'cover-open'],
  ['cover open wins over paper end', [0x1a, 0x36, 0x12, 0x72], 'cover-open'],
  ['n=3 bit 3 autocutter error (paper jam)', [0x1a, 0x52, 0x1a, 0x12], 'jam'],
  ['n=3 bit 5 unrecoverable error', [0x1a, 0x52, 0x32, 0x12], 'jam'],
  ['n=3 bit 6 auto-recoverable error (head too hot)', [0x1a, 0x52, 0x52, 0x12], 'offline'],
  ['n=1 bit 3 offline with no cause given', [0x1a, 0x12, 0x12, 0x12], 'offline'],
  ['near end while offline reports offline', [0x1a, 0x12, 0x12, 0x1e], 'offline'],
];

describe('decodeStatusAnswers', () => {
  for (const [why, bytes, kind] of table) {
    it(`given ${why}, then the status is ${kind}`, () => {
      expect(decodeStatusAnswers(Uint8Array.from(bytes))).toEqual({ ok: true, value: { kind } });
    });
  }

  it('given fewer than four answers, then it is short, not a guess', () => {
    expect(decodeStatusAnswers(Uint8Array.of(0x12, 0x12))).toEqual({ ok: false, error: { kind: 'short', received: 2 } });
  });

  it('given a byte without the fixed bits (bit 1, bit 4 set; bits 0, 7 clear), then it is malformed and names the query', () => {
    expect(decodeStatusAnswers(Uint8Array.of(0x12, 0x12, 0x00, 0x12))).toEqual({ ok: false, error: { kind: 'malformed', query: 3, byte: 0 } });
    expect(decodeStatusAnswers(Uint8Array.of(0x93, 0x12, 0x12, 0x12)).ok).toBe(false);
  });

  it('given any random bytes, then decoding never throws and returns a status or an error', () => {
    let seed = 7;
    for (let i = 0; i < 2000; i += 1) {
      const bytes = Uint8Array.from({ length: i % 6 }, () => (seed = (seed * 1103515245 + 12345) & 0xff));
      const result = decodeStatusAnswers(bytes);
      expect(typeof result.ok).toBe('boolean');
    }
  });

  const kinds: PrinterStatus['kind'][] = ['ready', 'paper-near-end', 'paper-out', 'cover-open', 'jam', 'offline'];
  for (const kind of kinds) {
    it(`given a printer answering as ${kind}, when decoded, then it reads back as ${kind}`, () => {
      const answers = answersFor({ kind });
      const bytes = Uint8Array.from(statusQueries.map((n) => answerByte(answers, n)));
      expect(decodeStatusAnswers(bytes)).toEqual({ ok: true, value: { kind } });
    });
  }
});
