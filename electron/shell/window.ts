// The one window: full screen, no menu, no zoom, sandboxed, isolated, no Node in the page,
// DevTools only when config asks for them AND the build is not packaged. It refuses to close
// unless the shell itself decides to (quitting to install an update, or shutting down).
import { BrowserWindow, Menu } from 'electron';

export interface KioskWindowOptions {
  readonly isKiosk: boolean;
  /** Already combined: config.shell.devTools && !app.isPackaged. */
  readonly isDevToolsAllowed: boolean;
  readonly preloadPath: string;
}

export interface KioskWindow {
  readonly window: BrowserWindow;
  /** Lets the next close through (quit for an update or an orderly shutdown). */
  allowClose(): void;
  /** Back to refusing (an update's install failed to start). */
  preventClose(): void;
}

export function createKioskWindow(options: KioskWindowOptions): KioskWindow {
  Menu.setApplicationMenu(null);
  // One literal, so reviewers and Electronegativity see every preference where it is used.
  const window = new BrowserWindow({
    show: false,
    kiosk: options.isKiosk,
    fullscreen: options.isKiosk,
    frame: !options.isKiosk,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    webPreferences: {
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
      // Middle-click (auxclick) opens links in new windows; nothing of ours uses it.
      disableBlinkFeatures: 'Auxclick',
      devTools: options.isDevToolsAllowed,
      spellcheck: false,
      navigateOnDragDrop: false,
      disableDialogs: true,
      // Timers keep running when unfocused, so the heartbeat means "hung", never "hidden".
      backgroundThrottling: false,
      // The core hands the page spoken prompts; nobody is there to click "allow sound" first.
      autoplayPolicy: 'no-user-gesture-required',
    },
  });
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
  return {
    window,
    allowClose: () => {
      isClosable = true;
    },
    preventClose: () => {
      isClosable = false;
    },
  };
}
