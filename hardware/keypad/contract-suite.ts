import { describe, expect, it } from 'vitest';
import { keypadKeys, type Keypad, type KeypadEvent, type KeypadKey } from './contract';

/** What the suite needs: a connected keypad, and hands that press keys and pull its cable. */
export interface KeypadHarness {
  readonly keypad: Keypad;
  /** Each resolves once the keypad has delivered what followed. */
  press(key: KeypadKey): Promise<void>;
  hold(key: KeypadKey): Promise<void>;
  unplug(): Promise<void>;
  plugIn(): Promise<void>;
  close(): Promise<void>;
}

export function keypadContract(name: string, makeHarness: () => Promise<KeypadHarness>): void {
  describe(`keypad contract: ${name}`, () => {
    const withHarness = (fn: (h: KeypadHarness, events: KeypadEvent[]) => Promise<void>) => async () => {
      const h = await makeHarness();
      const events: KeypadEvent[] = [];
      h.keypad.subscribe((event) => events.push(event));
      try {
        await fn(h, events);
      } finally {
        await h.close();
      }
    };

    it(
      'given a connected keypad, then its health is ok',
      withHarness(async (h) => {
        expect(h.keypad.health()).toEqual({ level: 'ok' });
      }),
    );

    it(
      'given each key of the layout tapped in turn, then each is reported pressed then released, by name',
      withHarness(async (h, events) => {
        for (const key of keypadKeys) await h.press(key);
        expect(events).toEqual(keypadKeys.flatMap((key) => [{ type: 'KEYPAD.PRESSED', key }, { type: 'KEYPAD.RELEASED', key }]));
      }),
    );

    it(
      'given a key held while the keypad is unplugged, then the key comes up and health fails with "keypad unplugged"',
      withHarness(async (h, events) => {
        await h.hold('enter');
        await h.unplug();
        expect(events).toEqual([
          { type: 'KEYPAD.PRESSED', key: 'enter' },
          { type: 'KEYPAD.RELEASED', key: 'enter' },
          { type: 'KEYPAD.HEALTH', health: { level: 'failed', reason: 'keypad unplugged' } },
        ]);
        expect(h.keypad.health()).toEqual({ level: 'failed', reason: 'keypad unplugged' });
      }),
    );

    it(
      'given the keypad plugged back in, then health is ok again and keys work',
      withHarness(async (h, events) => {
        await h.unplug();
        await h.plugIn();
        await h.press('5');
        expect(events).toEqual([
          { type: 'KEYPAD.HEALTH', health: { level: 'failed', reason: 'keypad unplugged' } },
          { type: 'KEYPAD.HEALTH', health: { level: 'ok' } },
          { type: 'KEYPAD.PRESSED', key: '5' },
          { type: 'KEYPAD.RELEASED', key: '5' },
        ]);
      }),
    );

    it(
      'given one listener unsubscribed, then it hears nothing more while the others still do',
      withHarness(async (h, events) => {
        const heard: KeypadEvent[] = [];
        const unsubscribe = h.keypad.subscribe((event) => heard.push(event));
        await h.press('help');
        unsubscribe();
        await h.press('cancel');
        expect(heard.map((e) => e.type === 'KEYPAD.HEALTH' || e.key)).toEqual(['help', 'help']);
        expect(events).toHaveLength(4);
      }),
    );

    it(
      'given the keypad closed, then no event follows',
      withHarness(async (h, events) => {
        await h.keypad.close();
        await h.press('1');
        expect(events).toEqual([]);
      }),
    );
  });
}
