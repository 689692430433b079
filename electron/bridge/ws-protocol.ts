// What rides the WebSocket besides the UiEvents themselves: the server's messages and the
// dev channel's commands. Imported by the server and by the renderer: plain types and
// constants only (no zod, so the renderer bundle stays small; the schema is ws-dev-schema.ts).
import { keypadKeys } from '../../hardware/keypad/contract';
import type { AudioCommand, View } from './contract';

/** Paths on the bridge's port: the page, the bridge socket, the dev-panel socket. */
export const WsPath = { bridge: '/bridge', dev: '/dev' } as const;

/** Why a message or a connection was refused; logged and sent back to the client. */
export type Refusal =
  | 'not-text'
  | 'too-large'
  | 'not-json'
  | 'unknown-type'
  | 'invalid-fields'
  | 'unknown-command'
  | 'invalid-command'
  | 'unknown-holder'
  | 'no-simulator'
  | 'bad-token'
  | 'bad-origin'
  | 'bad-host'
  | 'bad-path'
  | 'dev-disabled';

export type ServerMessage =
  | { readonly kind: 'view'; readonly view: View }
  /** Speech to play (issue 12): the page plays it, it never synthesises. */
  | { readonly kind: 'audio'; readonly audio: AudioCommand }
  | { readonly kind: 'refused'; readonly reason: Refusal }
  | { readonly kind: 'dev.hello'; readonly holders: readonly string[] }
  | { readonly kind: 'dev.done'; readonly command: DevCommand['command'] };

export const paymentOutcomeKinds = ['approved', 'declined', 'timeout', 'cancelled'] as const;
export const printerStatusKinds = ['ready', 'paper-near-end', 'paper-out', 'cover-open', 'jam', 'offline'] as const;
/** The tactile keypad's keys, for the dev panel's simulated keypad. */
export const keypadKeyNames = keypadKeys;

/** Dev-panel commands (browser dev mode only): drive the simulated devices. */
export type DevCommand =
  /** The holder is a card identity name from central/seed/people.ts ("resident"…). */
  | { readonly command: 'card.insert'; readonly holder: string }
  | { readonly command: 'card.remove' }
  | { readonly command: 'payment.next'; readonly outcome: (typeof paymentOutcomeKinds)[number] }
  | { readonly command: 'printer.status'; readonly status: (typeof printerStatusKinds)[number] }
  /** A key of the simulated tactile keypad, pressed and released. */
  | { readonly command: 'keypad.press'; readonly key: (typeof keypadKeyNames)[number] }
  | { readonly command: 'headphones.plug' }
  | { readonly command: 'headphones.unplug' };
export type DevCommandName = DevCommand['command'];
export const devCommandNames: readonly DevCommandName[] = ['card.insert', 'card.remove', 'payment.next', 'printer.status', 'keypad.press', 'headphones.plug', 'headphones.unplug'];
