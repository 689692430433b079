import { describe, expect, it } from 'vitest';
import type { UiEvent, View } from '../bridge/contract';
import { createMainI18n } from '../core/locales';
import { describeChange } from '../speech/describe-change';
import { toUtterance, type Segment } from '../speech/segments';
import { translatorOf } from '../speech/translate';
import { createKeypadController } from './keypad-controller';

// A blind resident types a postal address with the tactile keypad alone: enter on the field
// opens the kiosk keyboard in the core, the arrows walk its keys (said as they are reached),
// enter types, clear erases, Done or back closes it and the address is read back.
const { translate, hasKey } = translatorOf(createMainI18n(['ar', 'en']));
const a11y: NonNullable<View['a11y']> = { theme: 'standard', textScale: 1, layout: 'standard', isTimeExtended: false, isSpeechOn: true, volume: 6, rate: 1, isMenuOpen: false, isKeyHelpOn: false };
const label = { key: 'services:residence-renewal.field.address', values: {} };

function formView(language: 'en' | 'ar', address: string, maxLength = 160): View {
  return {
    screen: 'form',
    language,
    direction: language === 'ar' ? 'rtl' : 'ltr',
    languages: ['ar', 'en'],
    title: { key: 'services:residence-renewal.title', values: {} },
    canGoBack: true,
    canCancel: true,
    hasHelp: true,
    isHelpOpen: false,
    availability: 'serving',
    a11y,
    service: { serviceId: 'residence-renewal', title: { key: 'services:residence-renewal.title', values: {} } },
    form: [
      { name: 'delivery', label: { key: 'services:residence-renewal.field.delivery', values: {} }, kind: 'choice', value: 'post', choices: [{ value: 'post', label: { key: 'services:residence-renewal.choice.delivery.post', values: {} } }] },
      { name: 'address', label, kind: 'address', value: address, maxLength },
    ],
  };
}

/**
 * The controller over a fake session that keeps what FIELD.CHANGED sends, publishing one view
 * per key as the core does, and what speech would say of each change (headphones in).
 */
function setUp(initial: View) {
  const sent: UiEvent[] = [];
  const saidByKey: Segment[][] = [];
  let projected = initial;
  let published: View = initial;
  const publish = (): void => {
    const previous = published;
    published = controller.decorate(projected);
    saidByKey.push(describeChange(previous, published, (key) => hasKey(published.language, key)).segments);
  };
  const controller = createKeypadController({
    send: (event) => {
      sent.push(event);
      if (event.type === 'FIELD.CHANGED') projected = { ...projected, form: projected.form?.map((field) => (field.name === event.name ? { ...field, value: event.value } : field)) };
    },
    currentView: () => published,
    speech: { interrupt: () => undefined, say: (segments) => void saidByKey.push([...segments]), repeat: () => undefined, togglePause: () => undefined },
    onChange: publish,
  });
  published = controller.decorate(initial);
  const words = (segments: readonly Segment[]): string[] =>
    segments.map((segment) => {
      const utterance = toUtterance(segment, published.language, translate);
      return utterance.kind === 'speech' ? utterance.text : '(tone)';
    });
  const press = (...keys: Parameters<typeof controller.press>[0][]): string[] => {
    const from = saidByKey.length;
    for (const key of keys) controller.press(key);
    return saidByKey.slice(from).flatMap(words);
  };
  /** Presses down until the address field has the focus. */
  const focusAddress = (): void => {
    controller.press('down'); // the first key only shows the focus
    for (let i = 0; i < 5 && published.focus?.control !== 'field-address'; i += 1) controller.press('down');
    expect(published.focus?.control).toBe('field-address');
  };
  return { controller, sent, press, focusAddress, view: () => published, value: () => projected.form?.find((field) => field.name === 'address')?.value };
}

const t = (language: string, key: string): string => translate(language, key);

describe('typing a free-text field with the tactile keypad', () => {
  it('given the address field focused in English, when enter is pressed, then the Latin keyboard opens on its first key and that is said', () => {
    const k = setUp(formView('en', ''));
    k.focusAddress();
    const said = k.press('enter');
    expect(k.view().keypadTyping).toEqual({ field: 'address', layout: 'latin', isShifted: false, caret: 0 });
    expect(k.view().focus).toEqual({ control: 'key-0-0' });
    expect(said).toEqual([t('en', 'accessibility:keyboard.opened'), t('en', 'accessibility:keyboard.layout.latin'), 'q']);
    expect(k.sent).toEqual([]);
  });

  it('given the English keyboard, when the arrows are pressed, then the focus walks the keys and each key is said as itself', () => {
    const k = setUp(formView('en', ''));
    k.focusAddress();
    k.press('enter');
    expect(k.press('right')).toEqual(['w']);
    expect(k.press('down')).toEqual(['a']); // of the two keys as near below it, the first
    expect(k.press('right')).toEqual(['s']);
    expect(k.press('left', 'left')).toEqual(['a', 'p']); // wraps to the end of the row above
    expect(k.view().focus).toEqual({ control: 'key-0-9' });
  });

  it('given the Arabic keyboard, when it opens and the arrows are pressed, then it starts at the top right and left reads on through the row and wraps to the next', () => {
    const k = setUp(formView('ar', ''));
    k.focusAddress();
    expect(k.press('enter')).toEqual([t('ar', 'accessibility:keyboard.opened'), t('ar', 'accessibility:keyboard.layout.arabic'), 'د']);
    expect(k.view().focus).toEqual({ control: 'key-0-11' });
    expect(k.press('right')).toEqual([]); // the right edge: nothing further that way
    expect(k.press('left')).toEqual(['ج']);
    for (let i = 0; i < 10; i += 1) k.press('left');
    expect(k.view().focus).toEqual({ control: 'key-0-0' }); // ض
    expect(k.press('left')).toEqual(['ذ']); // the next row, from its right end
    expect(k.view().focus).toEqual({ control: 'key-1-11' });
  });

  it('given a key focused, when enter is pressed, then it is typed at the caret and echoed; clear erases the last character', () => {
    const k = setUp(formView('en', ''));
    k.focusAddress();
    k.press('enter');
    expect(k.press('enter')).toEqual(['q']);
    k.press('right');
    k.press('enter');
    expect(k.value()).toBe('qw');
    expect(k.sent.at(-1)).toEqual({ type: 'FIELD.CHANGED', name: 'address', value: 'qw' });
    expect(k.view().keypadTyping?.caret).toBe(2);
    expect(k.press('clear')).toEqual([t('en', 'accessibility:keyboard.erased'), 'w']);
    expect(k.value()).toBe('q');
    k.press('clear');
    expect(k.press('clear')).toEqual([t('en', 'accessibility:keys.nothing-to-clear')]);
  });

  it('given typing, when digit keys are pressed, then they type digits; shift types one capital and drops back', () => {
    const k = setUp(formView('en', ''));
    k.focusAddress();
    k.press('enter', '1', '2');
    expect(k.press('down', 'down').slice(-2)).toEqual([t('en', 'accessibility:keyboard.shift'), t('en', 'accessibility:state.not-selected')]);
    expect(k.press('enter')).toEqual([t('en', 'accessibility:keyboard.shift'), t('en', 'accessibility:state.selected')]);
    expect(k.press('right')).toEqual([t('en', 'accessibility:keyboard.capital'), 'z']);
    expect(k.press('enter')).toEqual(['Z', 'z']); // typed "Z" (echoed), then the key is "z" again
    expect(k.value()).toBe('12Z');
    expect(k.view().keypadTyping?.isShifted).toBe(false);
  });

  it('given a field at its maximum length, when a key is typed, then nothing changes and it is said to be full', () => {
    const k = setUp(formView('en', 'abc', 3));
    k.focusAddress();
    k.press('enter');
    expect(k.press('enter')).toEqual([t('en', 'accessibility:keyboard.full')]);
    expect(k.press('7')).toEqual([t('en', 'accessibility:keyboard.full')]);
    expect(k.sent).toEqual([]);
  });

  it('given typing, when Done is pressed on the keyboard, then it closes, the focus is back on the field and the address is read back', () => {
    const k = setUp(formView('en', 'Doha 5'));
    k.focusAddress();
    k.press('enter');
    for (let i = 0; i < 3; i += 1) k.press('down'); // the bottom row
    for (let i = 0; i < 12 && k.view().focus?.control !== 'key-3-7'; i += 1) k.press('right');
    expect(k.press()).toEqual([]);
    const said = k.press('enter');
    expect(k.view().keypadTyping).toBeUndefined();
    expect(k.view().focus).toEqual({ control: 'field-address' });
    expect(said).toEqual([t('en', 'accessibility:keyboard.closed'), t('en', 'services:residence-renewal.field.address'), 'Doha 5']);
  });

  it('given typing, when back is pressed, then the keyboard closes and back does not leave the form', () => {
    const k = setUp(formView('ar', 'الدوحة'));
    k.focusAddress();
    k.press('enter', 'back');
    expect(k.view().keypadTyping).toBeUndefined();
    expect(k.view().focus).toEqual({ control: 'field-address' });
    expect(k.sent).toEqual([]);
  });

  it('given key help on while typing, then the arrows, enter and clear say what they do on the keyboard and do nothing', () => {
    const k = setUp(formView('en', ''));
    k.focusAddress();
    expect(k.press('help', 'enter').at(-1)).toBe(t('en', 'accessibility:keys.enter-field'));
    k.press('help');
    k.press('enter');
    k.press('help');
    expect(k.press('right', 'enter', 'clear', 'back')).toEqual(['typing-arrows', 'typing-enter', 'typing-clear', 'typing-back'].map((key) => t('en', `accessibility:keys.${key}`)));
    expect(k.sent.filter((event) => event.type === 'FIELD.CHANGED')).toEqual([]);
    expect(k.view().focus).toEqual({ control: 'key-0-0' });
  });

  it('given typing, when the screen moves on, then the typing ends with it', () => {
    const k = setUp(formView('en', ''));
    k.focusAddress();
    k.press('enter');
    const review: View = { ...formView('en', ''), screen: 'review', form: undefined };
    expect(k.controller.decorate(review).keypadTyping).toBeUndefined();
    expect(k.controller.decorate(formView('en', '')).keypadTyping).toBeUndefined();
  });
});
