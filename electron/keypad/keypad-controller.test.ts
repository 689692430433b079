import { describe, expect, it } from 'vitest';
import type { UiEvent, View } from '../bridge/contract';
import type { Segment } from '../speech/segments';
import { controlsOf } from './controls';
import { createKeypadController } from './keypad-controller';

const a11y = (extra: Partial<NonNullable<View['a11y']>> = {}): NonNullable<View['a11y']> => ({ theme: 'standard', textScale: 1, layout: 'standard', isTimeExtended: false, isSpeechOn: true, volume: 6, rate: 1, isMenuOpen: false, isKeyHelpOn: false, ...extra });
const qar = (amountMinor: number) => ({ amountMinor, currency: 'QAR', minorUnits: 2 });

function view(screen: View['screen'], extra: Partial<View> = {}): View {
  return { screen, language: 'en', direction: 'ltr', languages: ['ar', 'en'], title: { key: `screens:${screen}.title`, values: {} }, canGoBack: true, canCancel: true, hasHelp: true, isHelpOpen: false, availability: 'serving', a11y: a11y(), ...extra };
}

const pinView = (length: number) => view('pin', { canGoBack: false, pin: { length, minLength: 4, maxLength: 8, keys: [1, 2, 3, 4, 5, 6, 7, 8, 9, 0] } });
const itemsView = (selected: string[] = []) =>
  view('items', { items: ['v-1', 'v-2'].map((itemId) => ({ itemId, label: { key: 'central:line.fine', values: {} }, amount: qar(50_000), isSelected: selected.includes(itemId) })) });

/** A keypad controller over a view the test sets, recording what it sends and says. */
function setUp(initial: View) {
  const sent: UiEvent[] = [];
  const said: Segment[][] = [];
  const speech = { interrupts: 0, repeats: 0, pauses: 0 };
  let projected = initial;
  let published: View = initial;
  const controller = createKeypadController({
    send: (event) => sent.push(event),
    currentView: () => published,
    speech: { interrupt: () => (speech.interrupts += 1), say: (segments) => void said.push([...segments]), repeat: () => (speech.repeats += 1), togglePause: () => (speech.pauses += 1) },
    onChange: () => (published = controller.decorate(projected)),
  });
  const show = (next: View): View => {
    projected = next;
    published = controller.decorate(next);
    return published;
  };
  show(initial);
  return { controller, sent, said, speech, show, focus: () => published.focus?.control, published: () => published };
}

describe('the tactile keypad in the core', () => {
  it('given the PIN screen, when digits, clear and enter are pressed, then PIN.DIGIT, PIN.ERASE and PIN.SUBMIT are sent', () => {
    const k = setUp(pinView(0));
    for (const key of ['1', '2', '3', '4', 'clear', '4', 'enter'] as const) k.controller.press(key);
    expect(k.sent).toEqual([1, 2, 3, 4].map((digit) => ({ type: 'PIN.DIGIT', digit })).concat([{ type: 'PIN.ERASE' } as never, { type: 'PIN.DIGIT', digit: 4 }]));
    // the first enter only showed the focus (on OK); the next one submits
    k.show(pinView(4));
    k.controller.press('enter');
    expect(k.sent.at(-1)).toEqual({ type: 'PIN.SUBMIT' });
    expect(k.focus()).toBe('pin-submit');
  });

  it('given a list, when down and up are pressed, then the focus walks the controls in order and wraps', () => {
    const k = setUp(itemsView());
    const order = controlsOf(k.published()).map((c) => c.id);
    expect(order).toEqual(['item-v-1', 'item-v-2', 'confirm-items', 'back', 'help', 'cancel', 'settings']);
    k.controller.press('down'); // first press: shows where the focus is
    expect(k.focus()).toBe('item-v-1');
    k.controller.press('down');
    expect(k.focus()).toBe('item-v-2');
    k.controller.press('up');
    k.controller.press('up');
    expect(k.focus()).toBe('settings');
    expect(k.sent).toEqual([]);
  });

  it('given a right-to-left screen, then the left arrow moves forward', () => {
    const k = setUp({ ...itemsView(), language: 'ar', direction: 'rtl' });
    k.controller.press('left');
    k.controller.press('left');
    expect(k.focus()).toBe('item-v-2');
  });

  it('given an item focused, when enter is pressed, then it is toggled and the focus stays on it', () => {
    const k = setUp(itemsView());
    k.controller.press('down');
    k.controller.press('enter');
    expect(k.sent).toEqual([{ type: 'ITEM.TOGGLED', itemId: 'v-1' }]);
    k.show(itemsView(['v-1']));
    expect(k.focus()).toBe('item-v-1');
  });

  it('given a disabled control focused, when enter is pressed, then nothing is sent and it is said to be unavailable', () => {
    const k = setUp(itemsView());
    k.controller.press('down');
    k.controller.press('down');
    k.controller.press('down');
    expect(k.focus()).toBe('confirm-items');
    k.controller.press('enter');
    expect(k.sent).toEqual([]);
    expect(JSON.stringify(k.said.at(-1))).toContain('accessibility:state.unavailable');
  });

  it('given key help turned on, then keys say what they do and do nothing, until help is pressed again', () => {
    const k = setUp(pinView(0));
    k.controller.press('help');
    expect(k.sent).toEqual([{ type: 'HELP' }]);
    expect(k.published().a11y?.isKeyHelpOn).toBe(true);
    k.controller.press('5');
    k.controller.press('cancel');
    expect(k.sent).toEqual([{ type: 'HELP' }]);
    expect(k.said.map((segments) => (segments[0]?.kind === 'text' ? segments[0].text.key : ''))).toEqual(['accessibility:keys.digit-pin', 'accessibility:keys.cancel']);
    k.show({ ...pinView(0), isHelpOpen: true });
    k.controller.press('help');
    expect(k.sent.at(-1)).toEqual({ type: 'HELP.CLOSED' });
    expect(k.published().a11y?.isKeyHelpOn).toBe(false);
  });

  it('given audio guidance off on attract, when any key is pressed, then it turns audio guidance on and does nothing else', () => {
    const k = setUp(view('attract', { canGoBack: false, canCancel: false, hasHelp: false, a11y: a11y({ isSpeechOn: false }) }));
    k.controller.press('7');
    expect(k.sent).toEqual([{ type: 'A11Y.SET', settings: { isSpeechOn: true } }]);
  });

  it('given the keypad has not been used, then the view has no focus; once it is, every key stops the speech first', () => {
    const k = setUp(itemsView());
    expect(k.focus()).toBeUndefined();
    k.controller.press('volume-up');
    expect(k.speech.interrupts).toBe(1);
    expect(k.sent).toEqual([{ type: 'A11Y.SET', settings: { isSpeechOn: true, volume: 7 } }]);
    expect(k.focus()).toBe('item-v-1');
  });

  it('given rate keys, then the rate steps through the seven rates and stops at the ends', () => {
    const k = setUp(view('menu', { a11y: a11y({ rate: 1.75 }) }));
    k.controller.press('rate-up');
    k.show(view('menu', { a11y: a11y({ rate: 2 }) }));
    k.controller.press('rate-up');
    k.controller.press('rate-down');
    expect(k.sent).toEqual([{ type: 'A11Y.SET', settings: { rate: 2 } }, { type: 'A11Y.SET', settings: { rate: 2 } }, { type: 'A11Y.SET', settings: { rate: 1.75 } }]);
  });

  it('given a phone field focused, then digits type into it and clear erases the last one', () => {
    const form = (value: string) => view('form', { form: [{ name: 'phone', label: { key: 'services:residence-renewal.field.phone', values: {} }, kind: 'phone', value }] });
    const k = setUp(form('55'));
    k.controller.press('down');
    expect(k.focus()).toBe('field-phone');
    k.controller.press('1');
    k.show(form('551'));
    k.controller.press('clear');
    expect(k.sent).toEqual([{ type: 'FIELD.CHANGED', name: 'phone', value: '551' }, { type: 'FIELD.CHANGED', name: 'phone', value: '55' }]);
  });

  it('given the settings overlay opened from a focused item, when it closes, then the focus returns to that item', () => {
    const k = setUp(itemsView());
    k.controller.press('down');
    k.controller.press('down');
    k.show({ ...itemsView(), a11y: a11y({ isMenuOpen: true }) });
    expect(k.focus()).toBe('theme-standard');
    k.controller.press('back');
    expect(k.sent.at(-1)).toEqual({ type: 'A11Y.SET', settings: { isMenuOpen: false } });
    k.show(itemsView());
    expect(k.focus()).toBe('item-v-2');
  });

  it('given a new screen, then the focus starts on its first control; given the session ended, then the keypad is idle again', () => {
    const k = setUp(itemsView());
    k.controller.press('down');
    k.show(view('review', { quote: { lines: [], total: qar(50_000), hasChanged: false } }));
    expect(k.focus()).toBe('pay');
    k.show(view('attract', { canGoBack: false, canCancel: false, hasHelp: false, a11y: a11y({ isSpeechOn: false }) }));
    expect(k.focus()).toBeUndefined();
  });

  it('given no headphones and digits off the PIN screen, then 0 pauses and other digits repeat the screen', () => {
    const k = setUp(view('menu'));
    k.controller.press('0');
    k.controller.press('5');
    expect(k.speech.pauses).toBe(1);
    expect(k.speech.repeats).toBe(1);
    expect(k.sent).toEqual([]);
  });
});
