import { describe, expect, it } from 'vitest';
import type { HeadphoneJack, HeadphoneJackEvent } from './contract';

/** What the suite needs: a jack, and hands that plug headphones in and make the jack unreadable. */
export interface HeadphoneJackHarness {
  readonly jack: HeadphoneJack;
  /** Each resolves once the jack has had the chance to notice. */
  plug(): Promise<void>;
  unplug(): Promise<void>;
  breakJack(): Promise<void>;
  repairJack(): Promise<void>;
  close(): Promise<void>;
}

export function headphoneJackContract(name: string, makeHarness: () => Promise<HeadphoneJackHarness>): void {
  describe(`headphone jack contract: ${name}`, () => {
    const withHarness = (fn: (h: HeadphoneJackHarness, events: HeadphoneJackEvent[]) => Promise<void>) => async () => {
      const h = await makeHarness();
      const events: HeadphoneJackEvent[] = [];
      h.jack.subscribe((event) => events.push(event));
      try {
        await fn(h, events);
      } finally {
        await h.close();
      }
    };

    it(
      'given nothing plugged in, then the jack is healthy and reads unplugged',
      withHarness(async (h) => {
        expect(h.jack.health()).toEqual({ level: 'ok' });
        expect(h.jack.isPluggedIn()).toBe(false);
      }),
    );

    it(
      'given headphones plugged in and then out, then each change is reported once, in order',
      withHarness(async (h, events) => {
        await h.plug();
        expect(h.jack.isPluggedIn()).toBe(true);
        await h.plug();
        await h.unplug();
        expect(h.jack.isPluggedIn()).toBe(false);
        expect(events).toEqual([{ type: 'HEADPHONES.PLUGGED' }, { type: 'HEADPHONES.UNPLUGGED' }]);
      }),
    );

    it(
      'given headphones in, when the jack can no longer be read, then health fails and it reads unplugged; when it can again, plugged',
      withHarness(async (h, events) => {
        await h.plug();
        await h.breakJack();
        expect(h.jack.health().level).toBe('failed');
        expect(h.jack.isPluggedIn()).toBe(false);
        await h.repairJack();
        expect(h.jack.health()).toEqual({ level: 'ok' });
        expect(h.jack.isPluggedIn()).toBe(true);
        expect(events.map((e) => e.type)).toEqual(['HEADPHONES.PLUGGED', 'HEADPHONES.HEALTH', 'HEADPHONES.UNPLUGGED', 'HEADPHONES.HEALTH', 'HEADPHONES.PLUGGED']);
      }),
    );

    it(
      'given a listener that unsubscribed, then it hears nothing more',
      withHarness(async (h) => {
        const heard: HeadphoneJackEvent[] = [];
        const unsubscribe = h.jack.subscribe((event) => heard.push(event));
        unsubscribe();
        await h.plug();
        expect(heard).toEqual([]);
      }),
    );
  });
}
