// Key combinations that would close, reload, zoom, print, open DevTools or leave the app are
// swallowed before the page or Chromium sees them. What the OS grabs first (Ctrl+Alt+Del,
// VT switches, Alt+Tab under a window manager) never reaches Electron: build/linux (cage,
// no spare VTs) and build/windows (assigned access) close those doors.
import type { Input, WebContents } from 'electron';
import type { Logger } from '../log/logger';

type Modifier = 'control' | 'alt' | 'shift' | 'meta';

interface Combo {
  readonly key: string;
  readonly with: readonly Modifier[];
}

const combo = (key: string, ...modifiers: Modifier[]): Combo => ({ key: key.toLowerCase(), with: modifiers });

/** Exact combinations (modifiers must match exactly, so Shift+digits still type). */
export const blockedCombos: readonly Combo[] = [
  combo('F4', 'alt'), // close window
  combo('F4', 'control'), // close tab/window
  combo('Tab', 'alt'), // switch application
  combo('Tab', 'alt', 'shift'),
  combo('Escape', 'alt'),
  combo('r', 'control'), // reload
  combo('r', 'control', 'shift'),
  combo('F5'),
  combo('F5', 'control'),
  combo('F5', 'shift'),
  combo('w', 'control'), // close
  combo('w', 'control', 'shift'),
  combo('q', 'control'), // quit
  combo('n', 'control'), // new window
  combo('t', 'control'),
  combo('p', 'control'), // print dialog
  combo('o', 'control'), // open file
  combo('s', 'control'), // save page
  combo('u', 'control'), // view source
  combo('i', 'control', 'shift'), // DevTools
  combo('j', 'control', 'shift'),
  combo('c', 'control', 'shift'),
  combo('F12'),
  combo('F11'), // leave full screen
  combo('=', 'control'), // zoom
  combo('+', 'control'),
  combo('+', 'control', 'shift'),
  combo('-', 'control'),
  combo('0', 'control'),
  combo('ArrowLeft', 'alt'), // history back/forward
  combo('ArrowRight', 'alt'),
];

/** Keys swallowed whatever the modifiers: dedicated browser and media keys. */
const blockedKeys: ReadonlySet<string> = new Set(['browserback', 'browserforward', 'browserrefresh', 'browserhome', 'browsersearch', 'launchapplication1', 'launchapplication2', 'launchmail']);

export function isBlockedShortcut(input: Pick<Input, 'type' | 'key' | 'control' | 'alt' | 'shift' | 'meta'>): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return false;
  const key = input.key.toLowerCase();
  // The Super/Windows key opens launchers and workspace switchers: nothing of ours uses it.
  if (input.meta || key === 'meta' || key === 'os') return true;
  if (blockedKeys.has(key)) return true;
  return blockedCombos.some(
    (c) => c.key === key && input.control === c.with.includes('control') && input.alt === c.with.includes('alt') && input.shift === c.with.includes('shift'),
  );
}

export function swallowShortcuts(contents: WebContents, logger: Logger): void {
  contents.on('before-input-event', (event, input) => {
    if (!isBlockedShortcut(input)) return;
    event.preventDefault();
    // Under Super any key is swallowed: log only that, so a typed digit never reaches the log.
    logger.log('shell.shortcut-swallowed', { key: input.meta ? 'meta' : input.key, control: input.control, alt: input.alt, shift: input.shift, meta: input.meta });
  });
}
