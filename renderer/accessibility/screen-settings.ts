// The screen's classes for this session's settings: the stylesheet does the rest.
import type { View } from '../../electron/bridge/contract';

export function settingsClasses(view: View): string {
  const a11y = view.a11y;
  if (!a11y) return '';
  const classes: string[] = [];
  if (a11y.theme === 'high-contrast') classes.push('theme--high-contrast');
  if (a11y.textScale !== 1) classes.push(`text--${Math.round(a11y.textScale * 100)}`);
  if (a11y.layout === 'low-reach') classes.push('layout--low-reach');
  return classes.join(' ');
}
