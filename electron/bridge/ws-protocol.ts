// What rides the WebSocket besides the UiEvents themselves: the server's messages and the
// dev channel's commands. Imported by the server and by the renderer (zod only, no Node).
import { z } from 'zod';
import type { View } from './contract';

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
  | { readonly kind: 'refused'; readonly reason: Refusal }
  | { readonly kind: 'dev.hello'; readonly holders: readonly string[] }
  | { readonly kind: 'dev.done'; readonly command: DevCommand['command'] };

export const paymentOutcomeKinds = ['approved', 'declined', 'timeout', 'cancelled'] as const;
export const printerStatusKinds = ['ready', 'paper-near-end', 'paper-out', 'cover-open', 'jam', 'offline'] as const;

/** Dev-panel commands (browser dev mode only): drive the simulated devices. */
export const DevCommand = z.discriminatedUnion('command', [
  /** The holder is a card identity name from central/seed/people.ts ("resident"…). */
  z.object({ command: z.literal('card.insert'), holder: z.string().min(1).max(32).regex(/^[a-z][a-z-]*$/) }),
  z.object({ command: z.literal('card.remove') }),
  z.object({ command: z.literal('payment.next'), outcome: z.enum(paymentOutcomeKinds) }),
  z.object({ command: z.literal('printer.status'), status: z.enum(printerStatusKinds) }),
]);
export type DevCommand = z.infer<typeof DevCommand>;
export type DevCommandName = DevCommand['command'];
export const devCommandNames: readonly DevCommandName[] = ['card.insert', 'card.remove', 'payment.next', 'printer.status'];
