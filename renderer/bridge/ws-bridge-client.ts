// Browser-mode transport: one WebSocket to the page's own origin, with this launch's token.
// It reconnects by itself (the kiosk core may restart) and keeps the latest view.
import type { AudioCommand, UiEvent, View } from '../../electron/bridge/contract';
import { WsPath, type ServerMessage } from '../../electron/bridge/ws-protocol';

export type ConnectionState = 'connecting' | 'open' | 'closed';

export interface WsBridgeClient {
  subscribe(listener: (view: View) => void): () => void;
  send(event: UiEvent): void;
  onState(listener: (state: ConnectionState) => void): () => void;
  onAudio(listener: (command: AudioCommand) => void): () => void;
}

const retryDelaysMs = [250, 500, 1000, 2000, 4000];

export function socketUrl(location: Pick<Location, 'protocol' | 'host'>, path: string, token: string): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${path}?token=${encodeURIComponent(token)}`;
}

export function connectWsBridge(location: Pick<Location, 'protocol' | 'host'>, token: string): WsBridgeClient {
  const viewListeners = new Set<(view: View) => void>();
  const stateListeners = new Set<(state: ConnectionState) => void>();
  const audioListeners = new Set<(command: AudioCommand) => void>();
  let latest: View | undefined;
  let socket: WebSocket | undefined;
  let attempt = 0;

  const setState = (state: ConnectionState): void => {
    for (const listener of stateListeners) listener(state);
  };
  const open = (): void => {
    setState('connecting');
    const next = new WebSocket(socketUrl(location, WsPath.bridge, token));
    socket = next;
    next.onopen = () => {
      attempt = 0;
      setState('open');
    };
    next.onmessage = (message) => {
      const data = JSON.parse(String(message.data)) as ServerMessage;
      if (data.kind === 'audio') for (const listener of audioListeners) listener(data.audio);
      if (data.kind !== 'view') return; // refusals are for tests and logs; the screen does not change
      latest = data.view;
      for (const listener of viewListeners) listener(data.view);
    };
    next.onclose = () => {
      setState('closed');
      const delay = retryDelaysMs[Math.min(attempt, retryDelaysMs.length - 1)];
      attempt += 1;
      window.setTimeout(open, delay);
    };
  };
  open();

  return {
    subscribe(listener) {
      viewListeners.add(listener);
      if (latest) listener(latest);
      return () => viewListeners.delete(listener);
    },
    send(event) {
      // a tap while disconnected is dropped: it was aimed at a screen that may no longer hold
      if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(event));
    },
    onState(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    onAudio(listener) {
      audioListeners.add(listener);
      return () => audioListeners.delete(listener);
    },
  };
}
