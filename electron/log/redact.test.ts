import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createLogger } from './logger';

describe('logger redaction', () => {
  it('given personal fields and an 11-digit number in free text, writes none of them', () => {
    let written = '';
    const sink = new Writable({ write(chunk, _enc, done) { written += String(chunk); done(); } });
    const logger = createLogger({ destination: sink });
    logger.log('device.error', { pin: '1234', idNumber: '28412345678', nameLatin: 'Ahmed Ali', kind: 'id 28412345678 failed' });
    expect(written).toContain('"event":"device.error"');
    expect(written).not.toContain('1234"');
    expect(written).not.toContain('28412345678');
    expect(written).not.toContain('Ahmed');
  });
});
