// Per-session accessibility settings (issue 12) as the session machine keeps them: chosen by
// the person on any screen, reset when the session ends (back on attract). Pure.

export type SpeechRate = 0.5 | 0.75 | 1 | 1.25 | 1.5 | 1.75 | 2;

export interface A11ySettings {
  readonly theme: 'standard' | 'high-contrast';
  readonly textScale: 1 | 1.5 | 2;
  readonly layout: 'standard' | 'low-reach';
  /** Inactivity delays ×2 (EN 301 549 5.2.5 / WCAG 2.2.1: the person may ask for more time). */
  readonly isTimeExtended: boolean;
  readonly isSpeechOn: boolean;
  /** 0…10 steps. */
  readonly volume: number;
  readonly rate: SpeechRate;
  readonly isMenuOpen: boolean;
}

export const defaultA11y: A11ySettings = {
  theme: 'standard',
  textScale: 1,
  layout: 'standard',
  isTimeExtended: false,
  isSpeechOn: false,
  volume: 6,
  rate: 1,
  isMenuOpen: false,
};

/** How much longer the inactivity delays are for this person. */
export const extendedTimeFactor = 2;

export function timeoutFactor(a11y: A11ySettings): number {
  return a11y.isTimeExtended ? extendedTimeFactor : 1;
}

/** Applies a partial change; undefined fields keep their value. */
export function applyA11y(current: A11ySettings, change: Partial<A11ySettings>): A11ySettings {
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(change)) if (value !== undefined) next[key] = value;
  return next as unknown as A11ySettings;
}

/** Whether anything differs from the defaults (an abandoned choice on attract must time out). */
export function isA11yChanged(a11y: A11ySettings): boolean {
  return (Object.keys(defaultA11y) as (keyof A11ySettings)[]).some((key) => a11y[key] !== defaultA11y[key]);
}
