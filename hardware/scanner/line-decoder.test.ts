import { describe, expect, it } from 'vitest';
import { LineDecoder } from './line-decoder';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('line decoder', () => {
  it('given CR LF split between chunks, then one code and no blank line', () => {
    const d = new LineDecoder(64);
    expect(d.push(bytes('ABC\r'))).toEqual([{ kind: 'code', text: 'ABC' }]);
    expect(d.push(bytes('\nDEF\n'))).toEqual([{ kind: 'code', text: 'DEF' }]);
    expect(d.hasPartial()).toBe(false);
  });

  it('given a line exactly at the limit, then it is a code; one byte more, then too-long', () => {
    const d = new LineDecoder(4);
    expect(d.push(bytes('1234\n12345\n'))).toEqual([
      { kind: 'code', text: '1234' },
      { kind: 'rejected', reason: 'too-long', length: 5 },
    ]);
  });

  it('given a tab inside a code, then it is not text (a scanner configured with a tab suffix is misconfigured)', () => {
    expect(new LineDecoder(64).push(bytes('A\tB\n'))).toEqual([{ kind: 'rejected', reason: 'not-text', length: 3 }]);
  });

  it('given a partial line that expires, then it is no-terminator; past the limit, too-long; nothing buffered, nothing', () => {
    const d = new LineDecoder(4);
    d.push(bytes('AB'));
    expect(d.expire()).toEqual({ kind: 'rejected', reason: 'no-terminator', length: 2 });
    d.push(bytes('ABCDEFG'));
    expect(d.expire()).toEqual({ kind: 'rejected', reason: 'too-long', length: 7 });
    expect(d.expire()).toBeUndefined();
  });

  it('given a stream of random bytes, then the decoder never throws and memory stays bounded by the limit', () => {
    const d = new LineDecoder(32);
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 8) & 0xff;
    for (let round = 0; round < 2000; round++) {
      const chunk = Uint8Array.from({ length: random() }, random);
      for (const read of d.push(chunk)) {
        if (read.kind === 'code') expect(read.text.length).toBeLessThanOrEqual(32);
      }
    }
  });
});
