import { describeConfigError, parseConfig } from '../config/load-config';
import type { KioskConfig, KioskConfigInput } from '../config/schema';

/**
 * The embedded defaults as scripted sessions use them: no goodbye pause, so a scenario ends
 * back on attract at once. Throws on a bad override: callers are tests, tools and benchmarks.
 */
export function simConfig(overrides: KioskConfigInput = {}): KioskConfig {
  const parsed = parseConfig({ ...overrides, timeouts: { goodbyeMs: 0, ...overrides.timeouts } });
  if (!parsed.ok) throw new Error(describeConfigError(parsed.error));
  return parsed.value;
}
