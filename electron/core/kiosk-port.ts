import type { AudioCommand, UiEvent, View } from '../bridge/contract';

/**
 * What a transport (WebSocket, Electron IPC) sees of the kiosk core: the current view and
 * a way to send a user event. The event is already schema-validated by the transport.
 */
export interface KioskPort {
  currentView(): View;
  /** Calls back with every new view (and once at once with the current one). */
  subscribe(listener: (view: View) => void): () => void;
  send(event: UiEvent): void;
  /** Speech for the renderer to play (issue 12); transports without it play nothing. */
  subscribeAudio?(listener: (command: AudioCommand) => void): () => void;
}
