// A stand-in for the parts of Electron the shell touches, so its tests run with the module
// mocked (vi.mock('electron', () => import('./fake-electron'))): no binary is ever loaded.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** What Electron hands a listener that may cancel (navigation, input, close). */
export class FakeEvent {
  isDefaultPrevented = false;
  preventDefault(): void {
    this.isDefaultPrevented = true;
  }
}

export interface FakeFrame {
  readonly url: string;
  readonly parent: FakeFrame | null;
}

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  isGone = false;
  url = '';
  readonly sent: { channel: string; args: unknown[] }[] = [];
  readonly loaded: string[] = [];
  crashes = 0;
  zoomLevel = 0;
  visualZoomLimits: [number, number] | undefined;
  devToolsClosed = 0;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  mainFrame: FakeFrame = { url: 'app://kiosk/index.html', parent: null };

  isDestroyed(): boolean {
    return this.isGone;
  }
  getURL(): string {
    return this.url;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  setZoomLevel(level: number): void {
    this.zoomLevel = level;
  }
  setVisualZoomLevelLimits(min: number, max: number): Promise<void> {
    this.visualZoomLimits = [min, max];
    return Promise.resolve();
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    this.url = url;
    return Promise.resolve();
  }
  forcefullyCrashRenderer(): void {
    this.crashes += 1;
  }
  closeDevTools(): void {
    this.devToolsClosed += 1;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  isMenuRemoved = false;
  isShown = false;
  isFocused = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  removeMenu(): void {
    this.isMenuRemoved = true;
  }
  show(): void {
    this.isShown = true;
  }
  isDestroyed(): boolean {
    return false;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {
    this.isFocused = true;
  }
}

export const BrowserWindow = FakeBrowserWindow;
export const Menu = { setApplicationMenu: vi.fn() };
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const ipcMain = new EventEmitter();
export const contextBridge = { exposeInMainWorld: vi.fn() };

class FakeIpcRenderer extends EventEmitter {
  readonly send = vi.fn();
}
export const ipcRenderer = new FakeIpcRenderer();

/** A session whose handlers the test can call as Chromium would. */
export function createFakeSession() {
  const handlers: {
    permissionRequest?: (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
    permissionCheck?: (contents: unknown, permission: string, origin: string, details: unknown) => boolean;
    device?: (details: unknown) => boolean;
    displayMedia?: (request: unknown, callback: (streams: object) => void) => void;
    beforeRequest?: (details: { url: string; resourceType: string }, callback: (response: { cancel: boolean }) => void) => void;
  } = {};
  const session = {
    setPermissionRequestHandler: (h: typeof handlers.permissionRequest) => (handlers.permissionRequest = h),
    setPermissionCheckHandler: (h: typeof handlers.permissionCheck) => (handlers.permissionCheck = h),
    setDevicePermissionHandler: (h: typeof handlers.device) => (handlers.device = h),
    setDisplayMediaRequestHandler: (h: typeof handlers.displayMedia) => (handlers.displayMedia = h),
    webRequest: { onBeforeRequest: (h: typeof handlers.beforeRequest) => (handlers.beforeRequest = h) },
    protocol: { handle: vi.fn() },
  };
  return { session, handlers };
}

export const session = { defaultSession: createFakeSession().session };

class FakeApp extends EventEmitter {
  isPackaged = false;
  hasLock = true;
  appPath = '/opt/moi-kiosk/resources/app.asar';
  userData = '/tmp/moi-kiosk-user-data';
  exitCode: number | undefined;
  quitCount = 0;
  readonly switches: string[][] = [];
  readonly commandLine = { appendSwitch: (...args: string[]) => this.switches.push(args) };
  private ready: (() => void) | undefined;
  private readyPromise = new Promise<void>((resolve) => (this.ready = resolve));

  reset(): void {
    this.removeAllListeners();
    this.isPackaged = false;
    this.hasLock = true;
    this.exitCode = undefined;
    this.quitCount = 0;
    this.relaunchCount = 0;
    this.switches.length = 0;
    this.readyPromise = new Promise<void>((resolve) => (this.ready = resolve));
  }

  /** The test decides when Chromium is ready, to check what happened before. */
  becomeReady(): void {
    this.ready?.();
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  requestSingleInstanceLock(): boolean {
    return this.hasLock;
  }
  getPath(): string {
    return this.userData;
  }
  getAppPath(): string {
    return this.appPath;
  }
  getVersion(): string {
    return '0.1.0';
  }
  exit(code: number): void {
    this.exitCode = code;
  }
  relaunchCount = 0;
  relaunch(): void {
    this.relaunchCount += 1;
  }
  quit(): void {
    this.quitCount += 1;
    const event = new FakeEvent();
    this.emit('before-quit', event);
  }
}
export const app = new FakeApp();

/** safeStorage with the OS key store played by a key in memory; the test sets what the OS offers. */
export class FakeSafeStorage {
  isAvailable = true;
  backend: 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown' = 'gnome_libsecret';
  encrypted = 0;
  decrypted = 0;
  private key = randomBytes(32);

  reset(): void {
    this.isAvailable = true;
    this.backend = 'gnome_libsecret';
    this.encrypted = 0;
    this.decrypted = 0;
    this.key = randomBytes(32);
  }
  isEncryptionAvailable(): boolean {
    return this.isAvailable;
  }
  getSelectedStorageBackend(): FakeSafeStorage['backend'] {
    return this.backend;
  }
  encryptString(plain: string): Buffer {
    if (!this.isAvailable) throw new Error('Error while encrypting the text provided to safeStorage.encryptString. Encryption is not available.');
    this.encrypted += 1;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from('v11'), iv, cipher.getAuthTag(), body]); // Chromium prefixes its version
  }
  decryptString(sealed: Buffer): string {
    this.decrypted += 1;
    const decipher = createDecipheriv('aes-256-gcm', this.key, sealed.subarray(3, 15));
    decipher.setAuthTag(sealed.subarray(15, 31));
    return Buffer.concat([decipher.update(sealed.subarray(31)), decipher.final()]).toString('utf8'); // a changed byte throws, as Electron does
  }
}
export const safeStorage = new FakeSafeStorage();

/** A fresh Electron for each test of the whole shell (the mock module itself is shared). */
export function resetFakeElectron(): void {
  app.reset();
  ipcMain.removeAllListeners();
  FakeBrowserWindow.instances.length = 0;
  protocol.registerSchemesAsPrivileged.mockClear();
  Menu.setApplicationMenu.mockClear();
  session.defaultSession = createFakeSession().session;
  safeStorage.reset();
}
