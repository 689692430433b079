import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { FakeEvent, FakeWebContents } from './fake-electron';
import { restrictNavigation } from '../../electron/shell/navigation';
import { createMemoryLogger } from '../../electron/log/logger';

vi.mock('electron', () => import('./fake-electron'));

function setUp() {
  const contents = new FakeWebContents();
  const logger = createMemoryLogger();
  restrictNavigation(contents as unknown as WebContents, logger);
  const attempt = (event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', url: string, isMainFrame = true) => {
    const details = Object.assign(new FakeEvent(), { url, isMainFrame });
    contents.emit(event, details);
    return details.isDefaultPrevented;
  };
  return { contents, logger, attempt };
}

describe('navigation', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'] as const)('given %s to another origin, refuses it and logs only the scheme', (event) => {
    const { attempt, logger } = setUp();
    expect(attempt(event, 'https://evil.example/steal?id=28412345678')).toBe(true);
    expect(attempt(event, 'file:///etc/passwd')).toBe(true);
    expect(attempt(event, 'app://other-host/index.html')).toBe(true);
    expect(attempt(event, 'javascript:alert(1)')).toBe(true);
    expect(logger.lines.filter((l) => l.event === 'shell.navigation-blocked').map((l) => l.fields.scheme)).toEqual(['https', 'file', 'app', 'javascript']);
    expect(JSON.stringify(logger.lines)).not.toContain('28412345678');
  });

  it('given a main-frame navigation within app://kiosk, lets it through', () => {
    const { attempt, logger } = setUp();
    expect(attempt('will-navigate', 'app://kiosk/index.html')).toBe(false);
    expect(attempt('will-frame-navigate', 'app://kiosk/index.html#menu')).toBe(false);
    expect(logger.lines).toEqual([]);
  });

  it('given a subframe navigating, even to our own origin, refuses it', () => {
    const { attempt } = setUp();
    expect(attempt('will-frame-navigate', 'app://kiosk/index.html', false)).toBe(true);
  });

  it('given window.open, denies it', () => {
    const { contents, logger } = setUp();
    expect(contents.windowOpenHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://kiosk/index.html' })).toEqual({ action: 'deny' });
    expect(logger.lines.map((l) => l.event)).toEqual(['shell.window-open-denied', 'shell.window-open-denied']);
  });

  it('given a <webview> about to attach, prevents it', () => {
    const { contents } = setUp();
    const event = new FakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.isDefaultPrevented).toBe(true);
  });
});
