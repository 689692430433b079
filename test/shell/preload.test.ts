import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contextBridge, ipcRenderer } from './fake-electron';
import { BridgeChannel, type View } from '../../electron/bridge/contract';
import { heartbeatIntervalMs, ShellChannel } from '../../electron/shell/shell-channels';
import type { KioskBridge } from '../../electron/shell/preload';

vi.mock('electron', () => import('./fake-electron'));

// The preload runs in the page's isolated world: give it the one DOM call it makes.
const windowListeners: { type: string; listener: (event: { preventDefault(): void }) => void }[] = [];
let bridge: KioskBridge;

beforeAll(async () => {
  vi.useFakeTimers();
  vi.stubGlobal('window', { addEventListener: (type: string, listener: (typeof windowListeners)[number]['listener']) => windowListeners.push({ type, listener }) });
  await import('../../electron/shell/preload');
  bridge = contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as KioskBridge;
});
afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const view = (screen: View['screen']): View => ({
  screen,
  language: 'en',
  direction: 'ltr',
  languages: ['ar', 'en'],
  title: { key: `${screen}.title`, values: {} },
  canGoBack: false,
  canCancel: false,
  hasHelp: false,
  isHelpOpen: false,
  availability: 'serving',
});

describe('preload', () => {
  it('exposes exactly window.kiosk with subscribe, send and onAudio, once', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe('kiosk');
    expect(Object.keys(bridge).sort()).toEqual(['onAudio', 'send', 'subscribe']);
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true);
  });

  it('does not hand the page ipcRenderer or any channel name', () => {
    const exposed = contextBridge.exposeInMainWorld.mock.calls.map((call) => call[1]);
    expect(exposed).not.toContain(ipcRenderer);
    expect(JSON.stringify(Object.entries(bridge).map(([key, value]) => [key, String(value)]))).not.toContain('kiosk:');
  });

  it('sends events on the bridge event channel only', () => {
    ipcRenderer.send.mockClear();
    bridge.send({ type: 'PIN.DIGIT', digit: 3 });
    expect(ipcRenderer.send.mock.calls).toEqual([[BridgeChannel.event, { type: 'PIN.DIGIT', digit: 3 }]]);
  });

  it('given views from the main process, calls subscribers with each, and a late subscriber at once with the latest', () => {
    const early: View[] = [];
    const unsubscribe = bridge.subscribe((v) => early.push(v));
    ipcRenderer.emit(BridgeChannel.view, {}, view('attract'));
    ipcRenderer.emit(BridgeChannel.view, {}, view('menu'));
    const late: View[] = [];
    bridge.subscribe((v) => late.push(v));
    unsubscribe();
    ipcRenderer.emit(BridgeChannel.view, {}, view('pin'));
    expect(early.map((v) => v.screen)).toEqual(['attract', 'menu']);
    expect(late.map((v) => v.screen)).toEqual(['menu', 'pin']);
  });

  it('given speech from the main process, then audio listeners get each command until they unsubscribe', () => {
    const heard: unknown[] = [];
    const unsubscribe = bridge.onAudio((command) => heard.push(command));
    ipcRenderer.emit(BridgeChannel.audio, {}, { action: 'play', id: 1, clips: ['UklGRg=='], volume: 6 });
    unsubscribe();
    ipcRenderer.emit(BridgeChannel.audio, {}, { action: 'stop' });
    expect(heard).toEqual([{ action: 'play', id: 1, clips: ['UklGRg=='], volume: 6 }]);
  });

  it('beats on the heartbeat channel every interval', () => {
    ipcRenderer.send.mockClear();
    vi.advanceTimersByTime(heartbeatIntervalMs * 3);
    expect(ipcRenderer.send.mock.calls).toEqual([[ShellChannel.heartbeat], [ShellChannel.heartbeat], [ShellChannel.heartbeat]]);
  });

  it('cancels the context menu', () => {
    const contextMenu = windowListeners.find((l) => l.type === 'contextmenu');
    const event = { preventDefault: vi.fn() };
    contextMenu?.listener(event);
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
  });
});
