import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { createFakeSession } from './fake-electron';
import { denyPermissions } from '../../electron/shell/permissions';
import { blockRemoteContent } from '../../electron/shell/remote-content';
import { createMemoryLogger } from '../../electron/log/logger';

vi.mock('electron', () => import('./fake-electron'));

const page = { getURL: () => 'app://kiosk/index.html' };

function request(handlers: ReturnType<typeof createFakeSession>['handlers'], permission: string, contents = page): boolean | undefined {
  let answer: boolean | undefined;
  handlers.permissionRequest?.(contents, permission, (granted) => (answer = granted), {});
  return answer;
}

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'hid', 'usb', 'serial', 'openExternal', 'display-capture'])(
    'given the page asks for %s, refuses and logs it',
    (permission) => {
      const { session, handlers } = createFakeSession();
      const logger = createMemoryLogger();
      denyPermissions(session as unknown as Session, logger);
      expect(request(handlers, permission)).toBe(false);
      expect(logger.lines).toContainEqual({ event: 'shell.permission-denied', fields: { permission, kind: 'request' } });
    },
  );

  it('given a permission check, answers no', () => {
    const { session, handlers } = createFakeSession();
    denyPermissions(session as unknown as Session, createMemoryLogger());
    expect(handlers.permissionCheck?.(page, 'media', 'app://kiosk', {})).toBe(false);
    expect(handlers.device?.({ deviceType: 'hid' })).toBe(false);
  });

  it('given a screen-capture request, hands back no stream', () => {
    const { session, handlers } = createFakeSession();
    denyPermissions(session as unknown as Session, createMemoryLogger());
    const callback = vi.fn();
    handlers.displayMedia?.({}, callback);
    expect(callback).toHaveBeenCalledWith({});
  });

  it('given an allow-list, grants only those permissions and only to our own origin', () => {
    const { session, handlers } = createFakeSession();
    denyPermissions(session as unknown as Session, createMemoryLogger(), new Set(['fullscreen']));
    expect(request(handlers, 'fullscreen')).toBe(true);
    expect(request(handlers, 'media')).toBe(false);
    expect(request(handlers, 'fullscreen', { getURL: () => 'https://evil.example/' })).toBe(false);
    expect(handlers.permissionCheck?.(page, 'fullscreen', 'https://evil.example', {})).toBe(false);
  });
});

describe('remote content', () => {
  const decide = (url: string): boolean | undefined => {
    const { session, handlers } = createFakeSession();
    blockRemoteContent(session as unknown as Session, createMemoryLogger());
    let cancel: boolean | undefined;
    handlers.beforeRequest?.({ url, resourceType: 'script' }, (response) => (cancel = response.cancel));
    return cancel;
  };

  it.each(['https://cdn.example/x.js', 'http://127.0.0.1:8080/', 'ws://127.0.0.1:1/', 'file:///etc/passwd', 'ftp://x/'])('given a request for %s, cancels it', (url) => {
    expect(decide(url)).toBe(true);
  });

  it.each(['app://kiosk/assets/index.js', 'data:image/png;base64,AAAA', 'blob:app://kiosk/1234'])('given a request for %s, lets it through', (url) => {
    expect(decide(url)).toBe(false);
  });
});
