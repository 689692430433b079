// The dev panel's own socket (browser dev mode only). The server refuses it outside dev
// mode, and then the panel never shows.
import { WsPath, type DevCommand, type ServerMessage } from '../../electron/bridge/ws-protocol';
import { socketUrl } from '../bridge/ws-bridge-client';

export interface DevState {
  readonly holders: readonly string[];
  readonly lastReply?: string;
}

export interface DevClient {
  send(command: DevCommand): void;
  onState(listener: (state: DevState | undefined) => void): () => void;
}

export function connectDevClient(location: Pick<Location, 'protocol' | 'host'>, token: string): DevClient {
  const listeners = new Set<(state: DevState | undefined) => void>();
  let state: DevState | undefined;
  const update = (next: DevState | undefined): void => {
    state = next;
    for (const listener of listeners) listener(state);
  };
  const socket = new WebSocket(socketUrl(location, WsPath.dev, token));
  socket.onmessage = (message) => {
    const data = JSON.parse(String(message.data)) as ServerMessage;
    if (data.kind === 'dev.hello') update({ holders: data.holders });
    else if (state && data.kind === 'dev.done') update({ ...state, lastReply: `${data.command}: done` });
    else if (state && data.kind === 'refused') update({ ...state, lastReply: `refused: ${data.reason}` });
  };
  socket.onclose = () => update(undefined);
  return {
    send(command) {
      if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(command));
    },
    onState(listener) {
      listeners.add(listener);
      listener(state);
      return () => listeners.delete(listener);
    },
  };
}
