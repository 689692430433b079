// The language list by keypad: the frame's button opens it, the arrows walk the languages
// (each said in its own voice), enter chooses, back or cancel closes; and speech describes the
// list when it opens and the whole screen again in the language chosen.
import { describe, expect, it } from 'vitest';
import type { UiEvent, View } from '../bridge/contract';
import { createMainI18n } from '../core/locales';
import { describeChange } from '../speech/describe-change';
import { toUtterance } from '../speech/segments';
import { translatorOf } from '../speech/translate';
import { describeFocus, describeView } from '../speech/describe-view';
import { controlsOf, overlayOf } from './controls';
import { createKeypadController } from './keypad-controller';

const a11y: NonNullable<View['a11y']> = { theme: 'standard', textScale: 1, layout: 'standard', isTimeExtended: false, isSpeechOn: true, volume: 6, rate: 1, isMenuOpen: false, isKeyHelpOn: false };
const languages = ['ar', 'en', 'fr', 'ur', 'hi', 'ml'];

function menuView(extra: Partial<View> = {}): View {
  return {
    screen: 'menu', language: 'ar', direction: 'rtl', languages, title: { key: 'screens:menu.title', values: {} }, canGoBack: false, canCancel: true, hasHelp: true, isHelpOpen: false,
    availability: 'serving', a11y, languageSwitch: { isOpen: false }, menu: [{ serviceId: 'traffic-fines', title: { key: 'services:traffic-fines.title', values: {} }, isAvailable: true }], ...extra,
  };
}
const listOpen = (extra: Partial<View> = {}): View => menuView({ languageSwitch: { isOpen: true }, ...extra });

function setUp(initial: View) {
  const sent: UiEvent[] = [];
  let projected = initial;
  let published: View = initial;
  const controller = createKeypadController({
    send: (event) => sent.push(event),
    currentView: () => published,
    speech: { interrupt: () => undefined, say: () => undefined, repeat: () => undefined, togglePause: () => undefined },
    onChange: () => (published = controller.decorate(projected)),
  });
  const show = (next: View): void => {
    projected = next;
    published = controller.decorate(next);
  };
  show(initial);
  return { controller, sent, show, published: () => published };
}

describe('the language switch by keypad', () => {
  it('given a session screen that offers the switch, then its button is a nav control that opens the list', () => {
    const controls = controlsOf(menuView());
    expect(controls.map((c) => c.id)).toEqual(['service-traffic-fines', 'help', 'cancel', 'language-switch', 'settings']);
    expect(controls.find((c) => c.id === 'language-switch')?.activate).toEqual({ type: 'LANGUAGE.MENU', isOpen: true });
  });

  it('given a screen that does not offer it (paying, out of service), then the keypad cannot reach it', () => {
    const paying = menuView({ screen: 'paying', languageSwitch: undefined, menu: undefined });
    expect(controlsOf(paying).map((c) => c.id)).not.toContain('language-switch');
  });

  it('given the list is open, then the arrows reach only the offered languages, each named in its own voice, and Close', () => {
    const view = listOpen();
    expect(overlayOf(view)).toBe('language');
    const controls = controlsOf(view);
    expect(controls.map((c) => c.id)).toEqual([...languages.map((language) => `switch-language-${language}`), 'close-language']);
    expect(controls[1]?.label).toEqual([{ kind: 'language', language: 'en' }]);
    // the current language says it is the one chosen
    expect(controls[0]?.label).toEqual([{ kind: 'language', language: 'ar' }, { kind: 'text', text: { key: 'accessibility:state.selected', values: {} }, content: 'public' }]);
  });

  it('given the list is open, when down is pressed twice and enter, then English is chosen', () => {
    const k = setUp(menuView());
    k.show(listOpen());
    k.controller.press('down'); // shows the focus, on the first language
    k.controller.press('down');
    expect(k.published().focus?.control).toBe('switch-language-en');
    expect(describeFocus(k.published())).toEqual([{ kind: 'language', language: 'en' }]);
    k.controller.press('enter');
    expect(k.sent).toEqual([{ type: 'LANGUAGE.CHOSEN', language: 'en' }]);
  });

  it('given the list is open, when back or cancel is pressed, then it closes and the session is not cancelled', () => {
    const k = setUp(listOpen());
    k.controller.press('back');
    k.controller.press('cancel');
    expect(k.sent).toEqual([{ type: 'LANGUAGE.MENU', isOpen: false }, { type: 'LANGUAGE.MENU', isOpen: false }]);
  });

  it('given the focus was on the language button, when English is chosen and the list closes, then the focus is back on the button', () => {
    const k = setUp(menuView());
    k.controller.press('down');
    for (let step = 0; step < 3; step += 1) k.controller.press('down');
    expect(k.published().focus?.control).toBe('language-switch');
    k.controller.press('enter');
    expect(k.sent.at(-1)).toEqual({ type: 'LANGUAGE.MENU', isOpen: true });
    k.show(listOpen());
    k.show(menuView({ language: 'en', direction: 'ltr' }));
    expect(k.published().focus?.control).toBe('language-switch');
  });

  it('given the inactivity warning comes while the list is open, then the warning is what the keypad reaches', () => {
    expect(overlayOf(listOpen({ timeoutWarning: { secondsLeft: 30 } }))).toBe('timeout-warning');
  });
});

describe('what speech says around the language switch', () => {
  const hasKey = (): boolean => true;

  it('given the list opens, then its title is said', () => {
    expect(describeView(listOpen(), hasKey)[0]).toEqual({ kind: 'text', text: { key: 'accessibility:language.title', values: {} }, content: 'public' });
  });

  it('given English is chosen, then the whole screen is described again (in English)', () => {
    const change = describeChange(listOpen(), menuView({ language: 'en', direction: 'ltr' }), hasKey);
    expect(change.isFull).toBe(true);
    expect(change.segments[0]).toEqual({ kind: 'text', text: { key: 'screens:menu.title', values: {} }, content: 'public' });
  });
});

describe('the words said for the language switch', () => {
  const { translate } = translatorOf(createMainI18n(languages));

  it('given the button is focused on an Arabic screen, then it says "Language: Arabic" in Arabic', () => {
    const [label] = controlsOf(menuView()).find((c) => c.id === 'language-switch')?.label ?? [];
    expect(label && toUtterance(label, 'ar', translate)).toEqual({ kind: 'speech', text: 'اللغة: العربية', language: 'ar', content: 'public', isStatic: true });
  });

  it('given each language in the list, then it is said in its own language, whatever the screen speaks', () => {
    const said = controlsOf(listOpen()).slice(0, languages.length).map((control) => control.label[0] && toUtterance(control.label[0], 'ar', translate));
    expect(said.map((u) => u?.kind === 'speech' && [u.language, u.text])).toEqual([['ar', 'العربية'], ['en', 'English'], ['fr', 'Français'], ['ur', 'اردو'], ['hi', 'हिन्दी'], ['ml', 'മലയാളം']]);
  });
});
