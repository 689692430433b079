import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, FakeEvent, Menu } from './fake-electron';
import { createKioskWindow } from '../../electron/shell/window';

vi.mock('electron', () => import('./fake-electron'));

const lastWindow = (): FakeBrowserWindow => {
  const window = FakeBrowserWindow.instances.at(-1);
  if (window === undefined) throw new Error('no window was created');
  return window;
};

beforeEach(() => {
  FakeBrowserWindow.instances.length = 0;
  Menu.setApplicationMenu.mockClear();
});

describe('the kiosk window', () => {
  it('given a production config, is isolated, sandboxed, without Node, web security on and DevTools off', () => {
    createKioskWindow({ isKiosk: true, isDevToolsAllowed: false, preloadPath: '/app/dist/electron/shell/preload.cjs' });
    expect(lastWindow().options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/shell/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      devTools: false,
      navigateOnDragDrop: false,
    });
  });

  it('given the kiosk flag, opens full screen in kiosk mode without frame, hidden until ready', () => {
    createKioskWindow({ isKiosk: true, isDevToolsAllowed: false, preloadPath: 'p' });
    const window = lastWindow();
    expect(window.options).toMatchObject({ kiosk: true, fullscreen: true, frame: false, show: false });
    expect(window.isShown).toBe(false);
    window.emit('ready-to-show');
    expect(window.isShown).toBe(true);
  });

  it('given the kiosk flag off (a developer desk), opens a framed window', () => {
    createKioskWindow({ isKiosk: false, isDevToolsAllowed: true, preloadPath: 'p' });
    expect(lastWindow().options).toMatchObject({ kiosk: false, fullscreen: false, frame: true });
    expect(lastWindow().options.webPreferences).toMatchObject({ devTools: true, sandbox: true, contextIsolation: true });
  });

  it('has no menu, neither the application menu nor the window menu', () => {
    createKioskWindow({ isKiosk: true, isDevToolsAllowed: false, preloadPath: 'p' });
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(null);
    expect(lastWindow().isMenuRemoved).toBe(true);
  });

  it('when a page loads, locks pinch-zoom to 1 and page zoom to 0; when zoom changes, puts it back', () => {
    createKioskWindow({ isKiosk: true, isDevToolsAllowed: false, preloadPath: 'p' });
    const contents = lastWindow().webContents;
    contents.emit('did-finish-load');
    expect(contents.visualZoomLimits).toEqual([1, 1]);
    contents.zoomLevel = 3;
    contents.emit('zoom-changed', new FakeEvent(), 'in');
    expect(contents.zoomLevel).toBe(0);
  });

  it('given DevTools are not allowed, when they open anyway, closes them', () => {
    createKioskWindow({ isKiosk: true, isDevToolsAllowed: false, preloadPath: 'p' });
    const contents = lastWindow().webContents;
    contents.emit('devtools-opened');
    expect(contents.devToolsClosed).toBe(1);
  });

  it('refuses to close until the shell allows it', () => {
    const kiosk = createKioskWindow({ isKiosk: true, isDevToolsAllowed: false, preloadPath: 'p' });
    const first = new FakeEvent();
    lastWindow().emit('close', first);
    expect(first.isDefaultPrevented).toBe(true);
    kiosk.allowClose();
    const second = new FakeEvent();
    lastWindow().emit('close', second);
    expect(second.isDefaultPrevented).toBe(false);
  });
});
