import { describe, expect, it } from 'vitest';
import { parseDevMessage, parseUiMessage } from './ws-intake';

// A fixed-seed generator keeps the fuzzing reproducible.
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('parsing renderer messages', () => {
  it('given a valid event, then it comes out typed and stripped of extra fields', () => {
    expect(parseUiMessage('{"type":"PIN.DIGIT","digit":7,"extra":"x"}', false)).toEqual({ ok: true, value: { type: 'PIN.DIGIT', digit: 7 } });
  });

  it('given an unknown type, then the refusal never echoes the attacker-chosen type', () => {
    expect(parseUiMessage('{"type":"28412345678"}', false)).toEqual({ ok: false, error: { reason: 'unknown-type', type: '(unknown)' } });
  });

  it('given 5,000 random byte strings and mangled events, when parsed, then none throws and none passes unless it is a valid event', () => {
    const random = seeded(42);
    const samples = ['{"type":"PIN.DIGIT","digit":3}', '{"type":"SERVICE.CHOSEN","serviceId":"traffic-fines"}', '{"command":"card.insert","holder":"resident"}'];
    for (let i = 0; i < 5000; i += 1) {
      const base = samples[i % samples.length] as string;
      const chars = [...base];
      const edits = 1 + Math.floor(random() * 4);
      for (let e = 0; e < edits; e += 1) chars[Math.floor(random() * chars.length)] = String.fromCharCode(Math.floor(random() * 256));
      const text = chars.join('');
      const isBinary = random() < 0.1;
      const ui = parseUiMessage(text, isBinary);
      const dev = parseDevMessage(Buffer.from(text), isBinary);
      if (ui.ok) expect(ui.value.type).toMatch(/^[A-Z_.]+$/);
      if (dev.ok) expect(dev.value.command).toMatch(/^[a-z.]+$/);
      if (isBinary) expect([ui.ok, dev.ok]).toEqual([false, false]);
    }
  });
});
