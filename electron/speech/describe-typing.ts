// What is said as the keypad types on the kiosk keyboard (issue 12): the keyboard opening and
// which one it is, a change of keyboard, what a key typed or erased (personal: into
// headphones, a tone on the speaker), and the keyboard closing. The key the keypad is on is
// said as the focus (describe-view.ts). Pure: two views in, segments out.
import type { View } from '../bridge/contract';
import { text, type Segment } from './segments';

const valueOf = (view: View, field: string): string => view.form?.find((candidate) => candidate.name === field)?.value ?? '';

export function describeTyping(previous: View, view: View): Segment[] {
  const before = previous.keypadTyping;
  const now = view.keypadTyping;
  if (!now) return before && view.focus?.control === `field-${before.field}` ? [text('accessibility:keyboard.closed')] : [];
  if (!before || before.field !== now.field) return [text('accessibility:keyboard.opened'), text(`accessibility:keyboard.layout.${now.layout}`)];
  const said: Segment[] = [];
  const was = valueOf(previous, now.field);
  const is = valueOf(view, now.field);
  if (is.length > was.length && now.caret > before.caret) said.push({ kind: 'typed', value: is.slice(before.caret, now.caret) });
  else if (is.length < was.length && now.caret < before.caret) said.push(text('accessibility:keyboard.erased'), { kind: 'typed', value: was.slice(now.caret, before.caret) });
  else if (is === was && now.caret !== before.caret) said.push({ kind: 'typed', value: is.slice(Math.min(now.caret, before.caret), Math.max(now.caret, before.caret)) }); // the character the caret stepped over
  if (now.layout !== before.layout) said.push(text(`accessibility:keyboard.layout.${now.layout}`));
  return said;
}
