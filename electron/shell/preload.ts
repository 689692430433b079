// The sandboxed preload: the page gets exactly window.kiosk = { subscribe, send } and
// nothing else (no ipcRenderer, no channel names). It also beats every second so the main
// process notices a hung page, and cancels the context menu (long-press on a touch screen).
// Bundled to dist/ by build/bundle-shell.mjs: a sandboxed preload cannot require packages.
import { contextBridge, ipcRenderer } from 'electron';
import { BridgeChannel, type UiEvent, type View } from '../bridge/contract';
import { heartbeatIntervalMs, ShellChannel } from './shell-channels';

export interface KioskBridge {
  /** Calls back with every new view, and at once with the latest if there is one. */
  subscribe(listener: (view: View) => void): () => void;
  send(event: UiEvent): void;
}

const listeners = new Set<(view: View) => void>();
let latest: View | undefined;

ipcRenderer.on(BridgeChannel.view, (_event, view: View) => {
  latest = view;
  for (const listener of listeners) listener(view);
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
};

contextBridge.exposeInMainWorld('kiosk', bridge);

ipcRenderer.send(ShellChannel.heartbeat);
setInterval(() => ipcRenderer.send(ShellChannel.heartbeat), heartbeatIntervalMs);

window.addEventListener('contextmenu', (event) => event.preventDefault(), { capture: true });
