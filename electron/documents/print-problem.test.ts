import { describe, expect, it } from 'vitest';
import { loadDocumentStrings } from './document-strings';
import { printProblemOf } from './print-problem';

describe('what a person is told when the certificate does not print', () => {
  it('given the paper came out, then there is nothing to say', () => {
    expect(printProblemOf({ kind: 'printed' })).toBeUndefined();
  });

  it('given paper ran out under the job, then the person hears paper-out and that the certificate is kept, and may wait, reprint later or choose post', () => {
    expect(printProblemOf({ kind: 'waiting', printer: { kind: 'paper-out' }, job: { kind: 'pending', reasons: ['printer-stopped'] } })).toEqual({
      reason: 'paper-out',
      messageKeys: ['printer-problem.paper-out', 'printer-problem.kept', 'printer-problem.choose'],
      actions: ['wait', 'reprint', 'post'],
      isJobQueued: true,
    });
  });

  it('given the queue is stopped or the printer unreachable, then waiting is not offered', () => {
    expect(printProblemOf({ kind: 'waiting', printer: { kind: 'stopped' }, job: { kind: 'pending', reasons: [] } })?.actions).toEqual(['reprint', 'post']);
    expect(printProblemOf({ kind: 'refused', error: { kind: 'offline' } })).toEqual({
      reason: 'not-available',
      messageKeys: ['printer-problem.not-available', 'printer-problem.kept', 'printer-problem.choose'],
      actions: ['reprint', 'post'],
      isJobQueued: false,
    });
  });

  it('given a jam under the job, then the person hears jammed and may wait for staff to clear it', () => {
    expect(printProblemOf({ kind: 'waiting', printer: { kind: 'jammed' }, job: { kind: 'processing-stopped', reasons: [] } })).toMatchObject({ reason: 'jammed', actions: ['wait', 'reprint', 'post'], isJobQueued: true });
  });

  it('given every message key and action, then both languages have the words', () => {
    for (const language of ['ar', 'en']) {
      const strings = loadDocumentStrings(language);
      if (!strings.ok) throw new Error(JSON.stringify(strings.error));
      const problem = strings.value['printer-problem'];
      for (const key of ['paper-out', 'jammed', 'not-available', 'not-issued', 'kept', 'choose'] as const) expect(problem[key]).toBeTruthy();
      for (const action of ['wait', 'reprint', 'post'] as const) expect(problem.action[action]).toBeTruthy();
    }
  });
});
