import { describe, expect, it } from 'vitest';
import type { KeypadEvent } from './contract';
import { keypadContract } from './contract-suite';
import { SimulatedKeypad } from './simulated-keypad';

keypadContract('simulator', async () => {
  const keypad = new SimulatedKeypad();
  return {
    keypad,
    press: async (key) => keypad.press(key),
    hold: async (key) => keypad.hold(key),
    unplug: async () => keypad.unplug(),
    plugIn: async () => keypad.plugIn(),
    close: () => keypad.close(),
  };
});

describe('simulated keypad', () => {
  it('given it is unplugged, when a key is pressed, then nothing is reported', () => {
    const keypad = new SimulatedKeypad();
    const events: KeypadEvent[] = [];
    keypad.unplug();
    keypad.subscribe((event) => events.push(event));
    keypad.press('enter');
    expect(events).toEqual([]);
  });
});
