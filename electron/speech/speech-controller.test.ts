import { describe, expect, it } from 'vitest';
import type { AudioCommand, View } from '../bridge/contract';
import { ClipCache } from '../../hardware/tts/clip-cache';
import { SimulatedSynthesizer } from '../../hardware/tts/simulated-synthesizer';
import { SimulatedHeadphoneJack } from '../../hardware/audio-jack/simulated-headphone-jack';
import { createMainI18n, readLocaleResources } from '../core/locales';
import { createMemoryLogger } from '../log/logger';
import { createSpeechController } from './speech-controller';
import { staticPrompts } from './static-prompts';
import { translatorOf } from './translate';

const i18n = createMainI18n(['ar', 'en']);
const qar = (amountMinor: number) => ({ amountMinor, currency: 'QAR', minorUnits: 2 });
const a11y = (isSpeechOn: boolean, extra: Partial<NonNullable<View['a11y']>> = {}): NonNullable<View['a11y']> => ({ theme: 'standard', textScale: 1, layout: 'standard', isTimeExtended: false, isSpeechOn, volume: 6, rate: 1, isMenuOpen: false, isKeyHelpOn: false, ...extra });

function view(screen: View['screen'], language: string, extra: Partial<View> = {}): View {
  return { screen, language, direction: language === 'ar' ? 'rtl' : 'ltr', languages: ['ar', 'en'], title: { key: `screens:${screen}.title`, values: {} }, canGoBack: false, canCancel: true, hasHelp: true, isHelpOpen: false, availability: 'serving', a11y: a11y(true), ...extra };
}

function setUp(options: { isPluggedIn?: boolean; cache?: boolean } = {}) {
  const engine = new SimulatedSynthesizer();
  const cache = new ClipCache({ engine });
  const jack = new SimulatedHeadphoneJack({ isPluggedIn: options.isPluggedIn ?? false });
  const { translate, hasKey } = translatorOf(i18n);
  const logger = createMemoryLogger();
  const speech = createSpeechController({ synthesizer: options.cache ? cache : engine, isHeadphonePluggedIn: () => jack.isPluggedIn(), translate, hasKey, logger });
  const commands: AudioCommand[] = [];
  speech.subscribe((command) => commands.push(command));
  const said = () => engine.utterances.map((u) => u.text);
  return { engine, cache, jack, speech, commands, said, logger };
}

describe('the speech controller', () => {
  it('given audio guidance off, when screens change, then nothing is synthesised or played', async () => {
    const s = setUp();
    s.speech.viewChanged(view('menu', 'en', { a11y: a11y(false) }));
    s.speech.viewChanged(view('items', 'en', { a11y: a11y(false) }));
    await s.speech.settled();
    expect(s.said()).toEqual([]);
    expect(s.commands).toEqual([]);
  });

  it('given audio guidance turned on at attract in Arabic, then the title, message and key hint are said in Arabic as one play', async () => {
    const s = setUp();
    s.speech.viewChanged(view('attract', 'ar', { a11y: a11y(false), hasHelp: false, canCancel: false }));
    s.speech.viewChanged(view('attract', 'ar', { hasHelp: false, canCancel: false }));
    await s.speech.settled();
    expect(s.said()).toEqual([i18n.t('screens:attract.title', { lng: 'ar' }), i18n.t('screens:attract.message', { lng: 'ar' }), i18n.t('accessibility:describe.attract-keys', { lng: 'ar' })]);
    expect(s.engine.utterances.every((u) => u.language === 'ar' && u.rate === 1)).toBe(true);
    expect(s.commands).toEqual([{ action: 'play', id: 1, clips: [expect.any(String), expect.any(String), expect.any(String)], volume: 6 }]);
  });

  it('given the review screen and no headphones, then no amount is said and the person is told once to plug in headphones', async () => {
    const s = setUp();
    const quote = { lines: [{ label: { key: 'central:line.fine', values: {} }, amount: qar(50_000) }], total: qar(50_000), hasChanged: false };
    s.speech.viewChanged(view('review', 'en', { quote, focus: { control: 'pay' } }));
    await s.speech.settled();
    expect(s.said().join(' ')).not.toMatch(/500|riyal/i);
    expect(s.said().filter((t) => t === i18n.t('accessibility:privacy.plug-headphones', { lng: 'en' }))).toHaveLength(1);
  });

  it('given headphones, then the review lines, the total and the focused Pay button are said with the amount', async () => {
    const s = setUp({ isPluggedIn: true });
    const quote = { lines: [{ label: { key: 'central:line.fine', values: {} }, amount: qar(50_000) }], total: qar(50_000), hasChanged: false };
    s.speech.viewChanged(view('review', 'en', { quote, focus: { control: 'pay' } }));
    await s.speech.settled();
    expect(s.said()).toContain('500.00 Qatari riyals');
    expect(s.said().slice(-2)).toEqual(['Pay', '500.00 Qatari riyals']);
  });

  it('given PIN digits typed, then each is a tone and no digit or count of digits is synthesised', async () => {
    const s = setUp({ isPluggedIn: true });
    const pin = (length: number) => view('pin', 'en', { pin: { length, minLength: 4, maxLength: 8, keys: [1, 2, 3, 4, 5, 6, 7, 8, 9, 0] } });
    s.speech.viewChanged(pin(0));
    await s.speech.settled();
    s.engine.clearUtterances();
    for (let length = 1; length <= 4; length += 1) {
      s.speech.viewChanged(pin(length));
      await s.speech.settled();
    }
    expect(s.said()).toEqual([]);
    const plays = s.commands.filter((c): c is Extract<AudioCommand, { action: 'play' }> => c.action === 'play').slice(1);
    expect(plays.map((p) => p.clips.length)).toEqual([1, 1, 1, 1]);
    expect(new Set(plays.map((p) => p.clips[0])).size).toBe(1); // the same tone each time
  });

  it('given the take-card screen with headphones, then the receipt is said: reference spelled out and the amount paid', async () => {
    const s = setUp({ isPluggedIn: true });
    s.speech.viewChanged(view('take-card', 'en', { outcome: { reference: '2026-000001', isPendingConfirmation: false, isReceiptPrinted: true, amount: qar(80_000) } }));
    await s.speech.settled();
    expect(s.said()).toEqual(expect.arrayContaining(['Reference number', '2 0 2 6 - 0 0 0 0 0 1', 'Amount paid', '800.00 Qatari riyals']));
  });

  it('given an error screen, then the error and its support code are said', async () => {
    const s = setUp();
    s.speech.viewChanged(view('error', 'en', { message: { key: 'screens:problem.unreachable', values: {} }, error: { supportCode: 'K7-3F2A' } }));
    await s.speech.settled();
    expect(s.said()).toEqual(expect.arrayContaining([i18n.t('screens:problem.unreachable', { lng: 'en' }), 'K 7 - 3 F 2 A']));
  });

  it('given speech under way, when the person acts, then it stops and the clip being made is never played', async () => {
    const s = setUp();
    s.speech.viewChanged(view('menu', 'en'));
    s.speech.interrupt();
    await s.speech.settled();
    expect(s.commands).toEqual([{ action: 'stop' }]);
  });

  it('given a screen said, when repeat and pause are asked, then it is said again, paused and resumed', async () => {
    const s = setUp();
    s.speech.viewChanged(view('menu', 'en'));
    await s.speech.settled();
    s.speech.repeat();
    await s.speech.settled();
    s.speech.togglePause();
    s.speech.togglePause();
    expect(s.commands.map((c) => c.action)).toEqual(['play', 'play', 'pause', 'resume']);
  });

  it('given the session ends (settings back to defaults), then speech stops', async () => {
    const s = setUp();
    s.speech.viewChanged(view('goodbye', 'en'));
    await s.speech.settled();
    s.speech.viewChanged(view('attract', 'ar', { a11y: a11y(false) }));
    expect(s.commands.at(-1)).toEqual({ action: 'stop' });
  });

  it('given a faster rate and a louder volume, then clips are made at that rate and played at that volume', async () => {
    const s = setUp();
    s.speech.viewChanged(view('menu', 'en', { a11y: a11y(true, { rate: 1.5, volume: 9 }) }));
    await s.speech.settled();
    expect(s.engine.utterances.every((u) => u.rate === 1.5)).toBe(true);
    expect(s.commands.at(-1)).toMatchObject({ action: 'play', volume: 9 });
  });

  it('given headphones pulled out while a personal detail plays, then it stops and the person is told', async () => {
    const s = setUp({ isPluggedIn: true });
    s.speech.viewChanged(view('take-card', 'en', { outcome: { reference: '2026-000001', isPendingConfirmation: false, isReceiptPrinted: true } }));
    await s.speech.settled();
    s.jack.unplug();
    s.speech.headphonesChanged(false);
    await s.speech.settled();
    expect(s.commands.slice(-2).map((c) => c.action)).toEqual(['stop', 'play']);
    expect(s.said().at(-1)).toBe(i18n.t('accessibility:privacy.unplugged', { lng: 'en' }));
  });

  it('given extra time and the inactivity warning, then the warning is said with its doubled seconds and how to get more time', async () => {
    const s = setUp();
    s.speech.viewChanged(view('menu', 'en', { a11y: a11y(true, { isTimeExtended: true }) }));
    await s.speech.settled();
    s.engine.clearUtterances();
    s.speech.viewChanged(view('menu', 'en', { a11y: a11y(true, { isTimeExtended: true }), timeoutWarning: { secondsLeft: 60 } }));
    await s.speech.settled();
    expect(s.said()).toEqual([i18n.t('screens:timeout.title', { lng: 'en' }), i18n.t('screens:timeout.message', { lng: 'en', count: 60 }), i18n.t('accessibility:describe.more-time', { lng: 'en' })]);
  });

  it('given a person taps an item with speech on, then the new number chosen and the total are said', async () => {
    const s = setUp({ isPluggedIn: true });
    const items = (selected: boolean) => view('items', 'en', { items: [{ itemId: 'v-1', label: { key: 'central:line.fine', values: {} }, amount: qar(50_000), isSelected: selected }] });
    s.speech.viewChanged(items(true));
    await s.speech.settled();
    s.engine.clearUtterances();
    s.speech.viewChanged(items(false));
    await s.speech.settled();
    expect(s.said()).toEqual([i18n.t('screens:items.selected-total', { lng: 'en', count: 0 }), '0.00 Qatari riyals']);
  });

  it('given the engine fails, then the error kind is logged (never the text) and the rest is still played', async () => {
    const s = setUp();
    s.engine.failNext({ kind: 'timeout', timeoutMs: 5_000 });
    s.speech.viewChanged(view('menu', 'en'));
    await s.speech.settled();
    expect(s.logger.lines.filter((l) => l.event === 'device.error').map((l) => l.fields)).toEqual([{ device: 'tts', kind: 'timeout' }]);
    expect(s.commands.at(-1)).toMatchObject({ action: 'play' });
  });

  it('given static prompts prewarmed, then a screen description comes from the cache and only text with values reaches the engine', async () => {
    const s = setUp({ isPluggedIn: true, cache: true });
    const prompts = staticPrompts(readLocaleResources(['ar', 'en']), ['ar', 'en']);
    const report = await s.cache.prewarm(prompts.map((p) => ({ ...p, rate: 1 })));
    expect(report.failed).toEqual([]);
    expect(prompts.length).toBeGreaterThan(200);
    s.engine.clearUtterances();
    s.speech.viewChanged(view('items', 'en', { items: [{ itemId: 'v-1', label: { key: 'central:line.fine', values: {} }, amount: qar(50_000), isSelected: true }] }));
    await s.speech.settled();
    expect(s.engine.utterances.map((u) => u.text)).toEqual(['1 item.', '1 item selected, total', '500.00 Qatari riyals']);
  });
  it.each([
    [false, 'no headphones: the key tone only, never the letter'],
    [true, 'headphones: the letter'],
  ])('given a letter typed with the keypad and headphones plugged in = %s, then %s', async (isPluggedIn) => {
    const s = setUp({ isPluggedIn });
    s.speech.viewChanged(view('form', 'en'));
    await s.speech.settled();
    const before = s.said().length;
    s.speech.say([{ kind: 'typed', value: 'k' }]);
    await s.speech.settled();
    expect(s.said().slice(before)).toEqual(isPluggedIn ? ['k'] : []);
    expect(s.commands.at(-1)).toEqual({ action: 'play', id: expect.any(Number), clips: [expect.any(String)], volume: 6 });
  });
});
