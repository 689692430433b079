// What to say when the view changes: the whole screen when it is a new one (or speech was
// just turned on), otherwise only what changed (a new message, an error, the focus, a PIN
// digit as a tone, the volume or rate). Pure.
import type { View } from '../bridge/contract';
import { overlayOf } from '../keypad/controls';
import { describeTyping } from './describe-typing';
import { describeFocus, describeView } from './describe-view';
import { text, type Segment } from './segments';

export interface SpokenChange {
  readonly segments: Segment[];
  /** A whole-screen description (kept for "repeat"). */
  readonly isFull: boolean;
}

const screenKey = (view: View): string => [view.screen, overlayOf(view), view.language, view.service?.serviceId ?? '', view.title.key].join('|');
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function describeChange(previous: View | undefined, view: View, hasKey: (key: string) => boolean): SpokenChange {
  if (!previous || previous.a11y?.isSpeechOn !== true || screenKey(previous) !== screenKey(view)) return { segments: describeView(view, hasKey), isFull: true };
  const said: Segment[] = [];
  if (!same(previous.message, view.message) && view.message) said.push({ kind: 'text', text: view.message, content: 'public' });
  for (const field of view.form ?? []) {
    const before = previous.form?.find((f) => f.name === field.name);
    if (field.error && !same(before?.error, field.error)) said.push({ kind: 'text', text: field.label, content: 'public' }, { kind: 'text', text: field.error, content: 'public' });
  }
  const pinBefore = previous.pin?.length ?? 0;
  const pinNow = view.pin?.length ?? 0;
  if (pinNow > pinBefore) said.push({ kind: 'pin-digit' });
  else if (pinNow < pinBefore && pinNow > 0) said.push(text('accessibility:describe.pin-erased'), text('screens:pin.entered', { count: pinNow }));
  else if (pinNow < pinBefore) said.push(text('accessibility:describe.pin-erased'));
  const a11yBefore = previous.a11y;
  const a11y = view.a11y;
  if (a11y && a11yBefore) {
    if (a11y.volume !== a11yBefore.volume) said.push(text('accessibility:settings.volume-now', { level: a11y.volume, max: 10 }));
    if (a11y.rate !== a11yBefore.rate) said.push(text('accessibility:settings.rate-now', { rate: a11y.rate }));
    if (a11y.isKeyHelpOn !== a11yBefore.isKeyHelpOn) said.push(text(a11y.isKeyHelpOn ? 'accessibility:keys.help-on' : 'accessibility:keys.help-off'));
    if (a11y.isTimeExtended !== a11yBefore.isTimeExtended && !view.focus) said.push(text(a11y.isTimeExtended ? 'accessibility:settings.time-extended' : 'accessibility:settings.time-standard'));
  }
  // a tap (or enter) that changes what is chosen: the new total, as the screen shows it
  const chosen = (v: View) => (v.items ?? []).filter((item) => item.isSelected);
  const first = view.items?.[0];
  if (first && !same(chosen(previous).map((i) => i.itemId), chosen(view).map((i) => i.itemId))) {
    said.push(text('screens:items.selected-total', { count: chosen(view).length }), { kind: 'money', money: { ...first.amount, amountMinor: chosen(view).reduce((sum, item) => sum + item.amount.amountMinor, 0) }, content: 'personal' });
  }
  said.push(...describeTyping(previous, view));
  const focus = describeFocus(view);
  if (!same(view.focus, previous.focus) || !same(focus, describeFocus(previous))) said.push(...focus);
  return { segments: said, isFull: false };
}
