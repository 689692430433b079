import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cardHolders } from '../../central/seed/people';
import type { KeypadKey } from '../../hardware/keypad/contract';
import type { AudioCommand, View } from '../bridge/contract';
import { parseConfig } from '../config/load-config';
import { createKiosk, type Kiosk } from '../core/create-kiosk';
import { createMainI18n } from '../core/locales';
import { createMemoryLogger } from '../log/logger';

// The whole traffic-fines payment with the tactile keypad alone, on the real kiosk core and
// simulated devices: what is sent, what is focused and what is said.
const i18n = createMainI18n(['ar', 'en']);
let kiosk: Kiosk | undefined;
let dataDir = '';

afterEach(async () => {
  await kiosk?.stop();
  kiosk = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(headphones: boolean) {
  dataDir = mkdtempSync(join(tmpdir(), 'kiosk-keypad-'));
  const config = parseConfig({ timeouts: { goodbyeMs: 50 }, devices: { keypad: { kind: 'simulated' }, tts: { kind: 'simulated', isPrewarmed: false }, headphones: { kind: 'simulated', isPluggedIn: headphones } } });
  if (!config.ok) throw new Error(JSON.stringify(config.error));
  kiosk = await createKiosk(config.value, { dataDir, logger: createMemoryLogger(), isSyncTimerOn: false });
  const k = kiosk;
  const { keypad, tts, cardReader } = k.simulators;
  if (!keypad || !tts || !cardReader) throw new Error('simulators missing');
  const audio: AudioCommand[] = [];
  k.subscribeAudio?.((command) => audio.push(command));
  const until = (predicate: (view: View) => boolean, what: string) =>
    new Promise<View>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`waited for ${what}; on ${k.currentView().screen} focus ${k.currentView().focus?.control}`)), 5_000);
      const unsubscribe = k.subscribe((view) => {
        if (!predicate(view)) return;
        clearTimeout(timer);
        queueMicrotask(() => unsubscribe());
        resolve(view);
      });
    });
  const press = async (...keys: KeypadKey[]) => {
    for (const key of keys) {
      keypad.press(key);
      // the view follows on a microtask and speech on the ones after: let them land (no timer involved)
      await new Promise((resolve) => setImmediate(resolve));
      await k.accessibility.speechSettled();
    }
  };
  const screen = (id: View['screen']) => until((view) => view.screen === id, id);
  const focusOn = async (id: string) => {
    for (let i = 0; i < 20 && k.currentView().focus?.control !== id; i += 1) await press('down');
    expect(k.currentView().focus?.control).toBe(id);
  };
  return { kiosk: k, tts, cardReader, audio, press, screen, focusOn, until };
}

const t = (language: string, key: string, values: Record<string, unknown> = {}) => i18n.t(key, { lng: language, ...values });

describe('a paid service with the keypad alone', () => {
  it.each(['en', 'ar'])('given %s and headphones, when a resident pays a fine with keys only, then every screen is said in order, the PIN never, and the receipt is read out', async (language) => {
    const s = await start(true);
    await s.press('enter'); // any key on attract: audio guidance on
    await s.until((view) => view.a11y?.isSpeechOn === true, 'speech on');
    await s.press('enter'); // the focus starts on "start"
    await s.screen('language');
    await s.focusOn(`language-${language}`);
    await s.press('enter');
    await s.screen('insert-card');
    s.cardReader.insertCard('resident');
    await s.screen('pin');
    await s.kiosk.accessibility.speechSettled();
    const pinPlaysBefore = s.audio.length;
    s.tts.clearUtterances();
    await s.press(...([...cardHolders.resident.pin] as KeypadKey[]));
    // a tone per digit, and no digit ever synthesised (only "OK" becoming available is said)
    expect(s.tts.utterances.map((u) => u.text)).toEqual([t(language, 'screens:pin.submit')]);
    const plays = s.audio.slice(pinPlaysBefore).filter((c): c is Extract<AudioCommand, { action: 'play' }> => c.action === 'play');
    expect(plays).toHaveLength(4);
    expect(new Set(plays.map((play) => play.clips[0])).size).toBe(1);
    await s.press('enter');
    await s.screen('menu');
    await s.focusOn('service-traffic-fines');
    await s.press('enter');
    const items = await s.screen('items');
    const wasSelected = items.items?.[0]?.isSelected;
    await s.press('enter'); // toggles the first fine (focused on arrival)
    await s.until((view) => view.items?.[0]?.isSelected === !wasSelected, 'first fine toggled');
    if (wasSelected) await s.press('enter'); // back on: pay it too
    await s.focusOn('confirm-items');
    await s.press('enter');
    await s.screen('review');
    expect(s.kiosk.currentView().focus?.control).toBe('pay');
    await s.press('enter');
    const takeCard = await s.screen('take-card');
    await s.kiosk.accessibility.speechSettled();
    const said = s.tts.utterances.map((u) => u.text);
    const reference = takeCard.outcome?.reference ?? '';
    expect(said).toEqual(expect.arrayContaining([t(language, 'screens:menu.title'), t(language, 'screens:items.title'), t(language, 'screens:review.title'), t(language, 'screens:take-card.title'), [...reference].join(' ')]));
    expect(s.tts.utterances.every((u) => u.language === language)).toBe(true);
    // titles in the order the screens came
    const order = ['menu', 'items', 'review', 'take-card'].map((screen) => said.indexOf(t(language, `screens:${screen}.title`)));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const digit of cardHolders.resident.pin) expect(said).not.toContain(digit);
    // the PIN as a number of its own (a plate number may contain the same digits)
    expect(said.join(' ')).not.toMatch(new RegExp(`(^|\\D)${cardHolders.resident.pin}(\\D|$)`));

    s.cardReader.removeCard();
    await s.screen('attract');
    expect(s.kiosk.currentView().a11y).toMatchObject({ isSpeechOn: false, isKeyHelpOn: false });
    expect(s.kiosk.currentView().focus).toBeUndefined();
    expect(s.audio.at(-1)).toEqual({ action: 'stop' });
  });

  it('given no headphones, when the review screen is said, then the amounts are not and the person is asked to plug in headphones', async () => {
    const s = await start(false);
    await s.press('enter');
    await s.until((view) => view.a11y?.isSpeechOn === true, 'speech on');
    s.cardReader.insertCard('resident');
    await s.screen('pin');
    await s.press('1', '2', '3', '4', 'enter');
    await s.screen('menu');
    await s.focusOn('service-traffic-fines');
    await s.press('enter');
    await s.screen('items');
    s.tts.clearUtterances();
    await s.press('enter');
    await s.kiosk.accessibility.speechSettled();
    const said = s.tts.utterances.map((u) => u.text).join(' ');
    expect(said).not.toMatch(/riyal|ريال/i);
    expect(said).toContain(t('ar', 'accessibility:privacy.plug-headphones'));
  });
});
