import { describe, expect, it } from 'vitest';
import { labelValueLines, wrapText } from './receipt-text-layout';

describe('wrapText', () => {
  it('given words longer than the line, then they are broken, never clipped', () => {
    expect(wrapText('abcdefghij kl', 4)).toEqual(['abcd', 'efgh', 'ij', 'kl']);
  });

  it('given a sentence, then it breaks at spaces and keeps every word', () => {
    const lines = wrapText('Please keep this receipt until the fine is cleared', 16);
    expect(lines.every((l) => l.length <= 16)).toBe(true);
    expect(lines.join(' ')).toBe('Please keep this receipt until the fine is cleared');
  });
});

describe('labelValueLines', () => {
  it('given a label and value that fit, then the value is right-aligned on the same line', () => {
    expect(labelValueLines('Total', 'QAR 5.00', 16)).toEqual(['Total   QAR 5.00']);
  });

  it('given a label too long to share the line, then the value follows on its own right-aligned line', () => {
    expect(labelValueLines('Administrative fee', 'QAR 5.00', 16)).toEqual(['Administrative', 'fee', '        QAR 5.00']);
  });
});
