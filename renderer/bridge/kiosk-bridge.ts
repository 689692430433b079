// The renderer's only way to the kiosk: subscribe to views, send user events. In Electron
// the preload provides it on window.kiosk; in a browser it rides the WebSocket.
import type { AudioCommand, UiEvent, View } from '../../electron/bridge/contract';
import { connectWsBridge, type ConnectionState } from './ws-bridge-client';

export interface KioskBridge {
  subscribe(listener: (view: View) => void): () => void;
  send(event: UiEvent): void;
  /** Speech to play (issue 12); absent on a transport that carries none. */
  onAudio?(listener: (command: AudioCommand) => void): () => void;
}

export type BridgeMode = { readonly kind: 'electron' } | { readonly kind: 'browser'; readonly token: string; onState(listener: (state: ConnectionState) => void): () => void };

export function pickBridge(): { readonly bridge: KioskBridge; readonly mode: BridgeMode } {
  if (window.kiosk) return { bridge: window.kiosk, mode: { kind: 'electron' } };
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  const client = connectWsBridge(window.location, token);
  return { bridge: client, mode: { kind: 'browser', token, onState: client.onState } };
}
