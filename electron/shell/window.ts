// The one window: full screen, no menu, no zoom, sandboxed, isolated, no Node in the page,
// DevTools only when config asks for them AND the build is not packaged. It refuses to close
// unless the shell itself decides to (quitting to install an update, or shutting down).
import { BrowserWindow, Menu, type BrowserWindowConstructorOptions, type WebPreferences } from 'electron';

export interface KioskWindowOptions {
  readonly isKiosk: boolean;
  /** Already combined: config.shell.devTools && !app.isPackaged. */
  readonly isDevToolsAllowed: boolean;
  readonly preloadPath: string;
}

export function kioskWebPreferences(options: KioskWindowOptions): WebPreferences {
  return {
    preload: options.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    enableWebSQL: false,
    devTools: options.isDevToolsAllowed,
    spellcheck: false,
    navigateOnDragDrop: false,
    disableDialogs: true,
    // Timers keep running when unfocused, so the heartbeat means "hung", never "hidden".
    backgroundThrottling: false,
    // The core hands the page spoken prompts; nobody is there to click "allow sound" first.
    autoplayPolicy: 'no-user-gesture-required',
  };
}

export function kioskWindowOptions(options: KioskWindowOptions): BrowserWindowConstructorOptions {
  return {
    show: false,
    kiosk: options.isKiosk,
    fullscreen: options.isKiosk,
    frame: !options.isKiosk,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    webPreferences: kioskWebPreferences(options),
  };
}

export interface KioskWindow {
  readonly window: BrowserWindow;
  /** Lets the next close through (quit for an update or an orderly shutdown). */
  allowClose(): void;
}

export function createKioskWindow(options: KioskWindowOptions): KioskWindow {
  Menu.setApplicationMenu(null);
  const window = new BrowserWindow(kioskWindowOptions(options));
  window.removeMenu();
  const contents = window.webContents;
  const lockZoom = (): void => {
    contents.setZoomLevel(0);
    contents.setVisualZoomLevelLimits(1, 1); // pinch-zoom off: a zoomed kiosk cannot be un-zoomed by a stranger
  };
  contents.on('did-finish-load', lockZoom);
  contents.on('zoom-changed', () => contents.setZoomLevel(0));
  if (!options.isDevToolsAllowed) contents.on('devtools-opened', () => contents.closeDevTools());
  let isClosable = false;
  window.on('close', (event) => {
    if (!isClosable) event.preventDefault();
  });
  window.once('ready-to-show', () => window.show());
  return { window, allowClose: () => { isClosable = true; } };
}
