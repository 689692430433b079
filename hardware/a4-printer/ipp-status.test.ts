import { describe, expect, it } from 'vitest';
import type { IppAttribute, IppMessage } from './ipp-codec';
import { GroupTag, ValueTag } from './ipp-codec';
import { jobStateFrom, printErrorFrom, printerStatusFrom } from './ipp-status';

function printerAnswer(state: number, reasons: string[], isAccepting = true, code = 0): IppMessage {
  const attributes: IppAttribute[] = [
    { name: 'printer-state', tag: ValueTag.enum, values: [state] },
    { name: 'printer-state-reasons', tag: ValueTag.keyword, values: reasons },
    { name: 'printer-is-accepting-jobs', tag: ValueTag.boolean, values: [isAccepting] },
  ];
  return { version: [2, 0], code, requestId: 1, groups: [{ tag: GroupTag.printer, attributes }], data: new Uint8Array() };
}

describe('printer status from IPP', () => {
  const table: [string, IppMessage, string][] = [
    ['idle, no reasons', printerAnswer(3, ['none']), 'ready'],
    ['processing with toner low (a warning)', printerAnswer(4, ['toner-low-warning']), 'ready'],
    ['stopped by cupsdisable', printerAnswer(5, ['paused']), 'paused'],
    ['stopped after the backend reported paper out', printerAnswer(5, ['media-empty-error', 'paused']), 'paper-out'],
    ['media-needed', printerAnswer(4, ['media-needed']), 'paper-out'],
    ['a paper jam', printerAnswer(5, ['media-jam-error', 'paused']), 'jammed'],
    ['a jam while also out of paper (the jam must be cleared first)', printerAnswer(5, ['media-empty-error', 'media-jam-error']), 'jammed'],
    ['a near-empty tray (a warning only)', printerAnswer(3, ['media-low-warning']), 'ready'],
    ['not accepting jobs (cupsreject)', printerAnswer(5, ['paused'], false), 'stopped'],
    ['stopped for a reason CUPS does not name', printerAnswer(5, ['none']), 'stopped'],
  ];
  for (const [when, answer, kind] of table) {
    it(`given ${when}, then the status is ${kind}`, () => {
      expect(printerStatusFrom(answer).kind).toBe(kind);
    });
  }

  it('given the device does not answer its backend (offline-report), then offline with the device as cause', () => {
    expect(printerStatusFrom(printerAnswer(3, ['offline-report']))).toEqual({ kind: 'offline', cause: 'device-offline' });
  });

  it('given the queue does not exist, then offline with no-queue as cause', () => {
    expect(printerStatusFrom(printerAnswer(3, [], true, 0x0406))).toEqual({ kind: 'offline', cause: 'no-queue' });
  });
});

describe('job state and errors from IPP', () => {
  const jobAnswer = (state: number, reasons: string[]): IppMessage => ({
    version: [2, 0],
    code: 0,
    requestId: 1,
    groups: [{ tag: GroupTag.job, attributes: [{ name: 'job-state', tag: ValueTag.enum, values: [state] }, { name: 'job-state-reasons', tag: ValueTag.keyword, values: reasons }] }],
    data: new Uint8Array(),
  });

  it('given each IPP job state, then it is named as IPP names it, with its reasons', () => {
    expect([3, 4, 5, 6, 7, 8, 9].map((s) => jobStateFrom(jobAnswer(s, ['none']))?.kind)).toEqual(['pending', 'held', 'processing', 'processing-stopped', 'canceled', 'aborted', 'completed']);
    expect(jobStateFrom(jobAnswer(3, ['printer-stopped']))).toEqual({ kind: 'pending', reasons: ['printer-stopped'] });
  });

  it('given a job state outside IPP, then there is no state', () => {
    expect(jobStateFrom(jobAnswer(42, []))).toBeUndefined();
  });

  it('given IPP error statuses, then they become the contract errors', () => {
    const answer = (code: number): IppMessage => ({ ...printerAnswer(3, []), code });
    expect(printErrorFrom(answer(0x0406), 'printer')).toEqual({ kind: 'no-queue' });
    expect(printErrorFrom(answer(0x0406), 'job')).toEqual({ kind: 'no-such-job' });
    expect(printErrorFrom(answer(0x0506), 'printer')).toEqual({ kind: 'not-accepting' });
    expect(printErrorFrom(answer(0x0404), 'job')).toEqual({ kind: 'job-finished' });
    expect(printErrorFrom(answer(0x040a), 'printer')).toEqual({ kind: 'refused', ippStatus: 0x040a });
  });
});
