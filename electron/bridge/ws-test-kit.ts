// Test-only helpers for the bridge transport (imported by *.test.ts beside it and by
// test/browser/): a client that opens a socket the way a page would, and a port that records.
import { WebSocket } from 'ws';
import type { AudioCommand, UiEvent, View } from './contract';
import type { KioskPort } from '../core/kiosk-port';
import type { ServerMessage } from './ws-protocol';

export interface RecordingPort extends KioskPort {
  readonly received: UiEvent[];
  show(view: View): void;
  /** Plays speech as the kiosk core would (issue 12). */
  speak(command: AudioCommand): void;
}

export function createRecordingPort(first: View): RecordingPort {
  let view = first;
  const listeners = new Set<(view: View) => void>();
  const received: UiEvent[] = [];
  const speakers = new Set<(command: AudioCommand) => void>();
  return {
    received,
    currentView: () => view,
    subscribe(listener) {
      listeners.add(listener);
      listener(view);
      return () => listeners.delete(listener);
    },
    send(event) {
      received.push(event);
    },
    show(next) {
      view = next;
      for (const listener of listeners) listener(view);
    },
    subscribeAudio(listener) {
      speakers.add(listener);
      return () => speakers.delete(listener);
    },
    speak(command) {
      for (const listener of speakers) listener(command);
    },
  };
}

export interface TestSocket {
  readonly socket: WebSocket;
  readonly messages: ServerMessage[];
  /** Resolves with the first message (already received or to come) that matches. */
  next(match: (message: ServerMessage) => boolean): Promise<ServerMessage>;
  close(): Promise<void>;
}

/** Opens a socket; resolves when open, or rejects with the HTTP status that refused it. */
export function openTestSocket(url: string, origin: string | undefined): Promise<TestSocket> {
  const socket = new WebSocket(url, origin === undefined ? {} : { origin });
  const messages: ServerMessage[] = [];
  const waiters = new Set<() => void>();
  socket.on('message', (data) => {
    messages.push(JSON.parse(String(data)) as ServerMessage);
    for (const wake of waiters) wake();
  });
  const handle: TestSocket = {
    socket,
    messages,
    next(match) {
      let seen = 0;
      return new Promise((resolve) => {
        const look = (): void => {
          for (; seen < messages.length; seen += 1) {
            const message = messages[seen] as ServerMessage;
            if (match(message)) {
              waiters.delete(look);
              return resolve(message);
            }
          }
        };
        waiters.add(look);
        look();
      });
    },
    close: () =>
      new Promise((resolve) => {
        if (socket.readyState === socket.CLOSED) return resolve();
        socket.once('close', () => resolve());
        socket.close();
      }),
  };
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(handle));
    socket.once('unexpected-response', (_request, response) => reject(new Error(`refused with HTTP ${response.statusCode}`)));
    socket.once('error', reject);
  });
}
