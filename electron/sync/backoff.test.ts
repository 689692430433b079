import { describe, expect, it } from 'vitest';
import { backoffDelayMs } from './backoff';

describe('backoff with full jitter', () => {
  const policy = { baseMs: 1000, capMs: 60_000 };

  it('given successive failures, then the ceiling doubles from the base and the delay is the random share of it', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, policy, () => 0.5))).toEqual([500, 1000, 2000, 4000]);
  });

  it('given many failures, then the delay never passes the cap', () => {
    expect(backoffDelayMs(40, policy, () => 0.999999)).toBeLessThan(60_000);
    expect(backoffDelayMs(40, policy, () => 0.999999)).toBeGreaterThan(59_000);
  });

  it('given a random source at its bounds, then the delay spans zero to just under the ceiling (full jitter)', () => {
    expect(backoffDelayMs(3, policy, () => 0)).toBe(0);
    expect(backoffDelayMs(3, policy, () => 0.9999)).toBe(3999);
    expect(backoffDelayMs(0, policy, () => 0.5)).toBe(0);
  });
});
