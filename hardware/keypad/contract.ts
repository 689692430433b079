import type { DeviceHealth } from '../result';

/**
 * The keys of an accessible ATM-style keypad (ADA 707.6, EN 301 549 5.6): a 12-key number pad
 * with a tactile 5, four arrows, enter, clear, back, cancel, help, and volume and rate keys.
 */
export const keypadKeys = [
  '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
  'up', 'down', 'left', 'right',
  'enter', 'clear', 'back', 'cancel', 'help',
  'volume-up', 'volume-down', 'rate-up', 'rate-down',
] as const;

export type KeypadKey = (typeof keypadKeys)[number];

export type KeypadEvent =
  /** A key went down. Holding it, however many reports the device repeats, is one event. */
  | { readonly type: 'KEYPAD.PRESSED'; readonly key: KeypadKey }
  /** A key came up (also sent for every held key when the keypad is unplugged). */
  | { readonly type: 'KEYPAD.RELEASED'; readonly key: KeypadKey }
  | { readonly type: 'KEYPAD.HEALTH'; readonly health: DeviceHealth };

/**
 * The tactile keypad role. Implementations: HidKeypad (USB HID through node-hid's async API,
 * reconnecting by polling) and SimulatedKeypad (press() from tests and the dev panel). Both run
 * the same contract suite.
 */
export interface Keypad {
  /** Key and health events; returns the unsubscribe function. */
  subscribe(listener: (event: KeypadEvent) => void): () => void;
  /** ok while the keypad is connected; failed 'keypad not present' / 'keypad unplugged' otherwise. */
  health(): DeviceHealth;
  /** Stops polling and releases the device; no event follows. */
  close(): Promise<void>;
}
