// The sandboxed preload: the page gets exactly window.kiosk = { subscribe, send, onAudio }
// and nothing else (no ipcRenderer, no channel names). It also beats every second so the main
// process notices a hung page, and cancels the context menu (long-press on a touch screen).
// Bundled to dist/ by build/bundle-shell.mjs: a sandboxed preload cannot require packages.
import { contextBridge, ipcRenderer } from 'electron';
import { BridgeChannel, type AudioCommand, type UiEvent, type View } from '../bridge/contract';
import { heartbeatIntervalMs, ShellChannel } from './shell-channels';

export interface KioskBridge {
  /** Calls back with every new view, and at once with the latest if there is one. */
  subscribe(listener: (view: View) => void): () => void;
  send(event: UiEvent): void;
  /** Speech the kiosk core made for the page to play (issue 12). */
  onAudio(listener: (command: AudioCommand) => void): () => void;
}

const listeners = new Set<(view: View) => void>();
const audioListeners = new Set<(command: AudioCommand) => void>();
let latest: View | undefined;

ipcRenderer.on(BridgeChannel.view, (_event, view: View) => {
  latest = view;
  for (const listener of listeners) listener(view);
});

// audio is not kept for late subscribers: speech that was missed is stale
ipcRenderer.on(BridgeChannel.audio, (_event, command: AudioCommand) => {
  for (const listener of audioListeners) listener(command);
});

const bridge: KioskBridge = {
  subscribe(listener) {
    listeners.add(listener);
    if (latest !== undefined) listener(latest);
    return () => {
      listeners.delete(listener);
    };
  },
  send(event) {
    ipcRenderer.send(BridgeChannel.event, event);
  },
  onAudio(listener) {
    audioListeners.add(listener);
    return () => {
      audioListeners.delete(listener);
    };
  },
};

contextBridge.exposeInMainWorld('kiosk', bridge);

ipcRenderer.send(ShellChannel.heartbeat);
setInterval(() => ipcRenderer.send(ShellChannel.heartbeat), heartbeatIntervalMs);

window.addEventListener('contextmenu', (event) => event.preventDefault(), { capture: true });
