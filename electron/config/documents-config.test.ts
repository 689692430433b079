import { describe, expect, it } from 'vitest';
import { parseConfig } from './load-config';

describe('kiosk config: how long a person may wait for the A4 printer', () => {
  it('given nothing, then the wait for staff to reload paper or clear a jam is three minutes', () => {
    expect(parseConfig({})).toMatchObject({ ok: true, value: { documents: { printerWaitMs: 180_000 } } });
  });

  it('given another wait, then the kiosk uses it', () => {
    expect(parseConfig({ documents: { printerWaitMs: 300_000 } })).toMatchObject({ ok: true, value: { documents: { printerWaitMs: 300_000 } } });
  });

  it('given a wait too short to reload paper, too long to stand at a kiosk, or not a whole number of ms, then the field is named', () => {
    for (const printerWaitMs of [1_000, 31 * 60_000, 2_500.5]) {
      expect(parseConfig({ documents: { printerWaitMs } }), String(printerWaitMs)).toMatchObject({ ok: false, error: { kind: 'invalid', field: 'documents.printerWaitMs' } });
    }
  });

  it('given a misspelt key beside it, then it is refused (not dropped for the default), naming the section and the key', () => {
    expect(parseConfig({ documents: { printerWaitMs: 180_000, paperWaitMs: 1 } })).toMatchObject({ ok: false, error: { field: 'documents', message: expect.stringContaining('paperWaitMs') } });
  });
});
