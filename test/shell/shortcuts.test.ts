import { describe, expect, it, vi } from 'vitest';
import type { Input, WebContents } from 'electron';
import { FakeEvent, FakeWebContents } from './fake-electron';
import { isBlockedShortcut, swallowShortcuts } from '../../electron/shell/shortcuts';
import { createMemoryLogger } from '../../electron/log/logger';

vi.mock('electron', () => import('./fake-electron'));

type Keys = Pick<Input, 'type' | 'key' | 'control' | 'alt' | 'shift' | 'meta'>;
const press = (key: string, mods: Partial<Record<'control' | 'alt' | 'shift' | 'meta', boolean>> = {}): Keys => ({
  type: 'keyDown',
  key,
  control: mods.control ?? false,
  alt: mods.alt ?? false,
  shift: mods.shift ?? false,
  meta: mods.meta ?? false,
});

describe('shortcuts', () => {
  it.each([
    ['Alt+F4', press('F4', { alt: true })],
    ['Ctrl+R', press('r', { control: true })],
    ['Ctrl+Shift+R', press('R', { control: true, shift: true })],
    ['F5', press('F5')],
    ['Ctrl+Shift+I', press('I', { control: true, shift: true })],
    ['F12', press('F12')],
    ['F11', press('F11')],
    ['Ctrl+W', press('w', { control: true })],
    ['Ctrl+Q', press('q', { control: true })],
    ['Alt+Tab', press('Tab', { alt: true })],
    ['Super', press('Meta', { meta: true })],
    ['Super+D', press('d', { meta: true })],
    ['Ctrl+P', press('p', { control: true })],
    ['Ctrl+Plus', press('=', { control: true })],
    ['Ctrl+Minus', press('-', { control: true })],
    ['Alt+Left', press('ArrowLeft', { alt: true })],
    ['Browser Back key', press('BrowserBack')],
  ])('given %s, swallows it', (_name, input) => {
    expect(isBlockedShortcut(input)).toBe(true);
  });

  it.each([
    ['a digit', press('7')],
    ['a capital letter', press('A', { shift: true })],
    ['Enter', press('Enter')],
    ['Backspace', press('Backspace')],
    ['Tab (keyboard navigation)', press('Tab')],
    ['Escape', press('Escape')],
    ['Arrow keys', press('ArrowLeft')],
    ['Ctrl+C', press('c', { control: true })],
  ])('given %s, lets it through', (_name, input) => {
    expect(isBlockedShortcut(input)).toBe(false);
  });

  it('given the key-up of a blocked combination, leaves it alone (only presses act)', () => {
    expect(isBlockedShortcut({ ...press('F5'), type: 'keyUp' })).toBe(false);
  });

  it('when a blocked combination reaches the window, prevents it and logs the key, never a Super+digit', () => {
    const contents = new FakeWebContents();
    const logger = createMemoryLogger();
    swallowShortcuts(contents as unknown as WebContents, logger);
    const reload = new FakeEvent();
    contents.emit('before-input-event', reload, press('F5'));
    const digit = new FakeEvent();
    contents.emit('before-input-event', digit, press('4'));
    const superDigit = new FakeEvent();
    contents.emit('before-input-event', superDigit, press('4', { meta: true }));
    expect([reload.isDefaultPrevented, digit.isDefaultPrevented, superDigit.isDefaultPrevented]).toEqual([true, false, true]);
    expect(logger.lines.map((l) => l.fields.key)).toEqual(['F5', 'meta']);
  });
});
