// The spoken description of a screen (EN 301 549 5.1.3.1: everything shown is also said):
// its title, its message, what it holds (amounts, the receipt, errors), then the focused
// control. Pure: a view in, tagged segments out.
import type { View } from '../bridge/contract';
import { controlsOf, overlayOf, type Control } from '../keypad/controls';
import { text, type Segment } from './segments';
import { helpTopicOf } from '../bridge/help-topic';

const navControlIds = new Set(['back', 'help', 'cancel', 'language-switch', 'settings']);
const textOf = (value: View['title'], content: 'public' | 'personal' = 'public'): Segment => ({ kind: 'text', text: value, content });

/** The screen's own line when the view sends none (as the renderer shows it). */
function leadOf(view: View, hasKey: (key: string) => boolean): Segment[] {
  if (view.message) return [textOf(view.message)];
  const key = `screens:${view.screen}.message`;
  return hasKey(key) ? [text(key)] : [];
}

function contentOf(view: View): Segment[] {
  const said: Segment[] = [];
  if (view.availability !== 'serving') said.push(text(`screens:availability.${view.availability}`));
  switch (view.screen) {
    case 'pin':
      if (view.pin && view.pin.length > 0) said.push(text('screens:pin.entered', { count: view.pin.length }));
      if (view.pin?.waitSeconds) said.push(text('screens:pin.wait', { count: view.pin.waitSeconds }));
      break;
    case 'items': {
      const selected = (view.items ?? []).filter((item) => item.isSelected);
      const first = view.items?.[0];
      if (first) said.push(text('accessibility:describe.items-count', { count: view.items?.length ?? 0 }), text('screens:items.selected-total', { count: selected.length }), { kind: 'money', money: { ...first.amount, amountMinor: selected.reduce((sum, item) => sum + item.amount.amountMinor, 0) }, content: 'personal' });
      break;
    }
    case 'review':
    case 'paying':
      if (view.quote) {
        if (view.screen === 'review') for (const line of view.quote.lines) said.push(textOf(line.label, 'personal'), { kind: 'money', money: line.amount, content: 'personal' });
        said.push(text(view.screen === 'review' ? 'screens:common.total' : 'screens:paying.amount'), { kind: 'money', money: view.quote.total, content: 'personal' });
      }
      break;
    case 'info':
      // a row that can be printed here says so after its status (its Print button is a keypad control)
      for (const row of view.info ?? []) said.push(textOf(row.label, 'personal'), textOf(row.status, 'personal'), ...(row.action ? [text('screens:info.reprint')] : []));
      break;
    case 'form':
      for (const field of view.form ?? []) if (field.error) said.push(textOf(field.label), textOf(field.error));
      break;
    case 'document-problem': {
      // why, that the paid document is kept under its number, then what may be done (the choices are the controls)
      const problem = view.documentProblem;
      if (!problem) break;
      said.push(text(`documents:printer-problem.${problem.reason}`), text('documents:printer-problem.kept'));
      if (problem.documentId) said.push(text('screens:document-problem.document-number'), { kind: 'plain', value: problem.documentId, content: 'personal', isSpelled: true });
      said.push(text(problem.isWaiting ? 'screens:document-problem.waiting' : problem.isWaitOver ? 'screens:document-problem.wait-over' : 'documents:printer-problem.choose'));
      break;
    }
    case 'take-card': {
      // the receipt, said as well as printed (EN 301 549 5.1.3.15)
      const outcome = view.outcome;
      if (outcome) {
        said.push(text('screens:common.reference'), { kind: 'plain', value: outcome.reference, content: 'personal', isSpelled: true });
        if (outcome.amount) said.push(text('screens:common.amount-paid'), { kind: 'money', money: outcome.amount, content: 'personal' });
        if (!outcome.isReceiptPrinted) said.push(text('screens:take-card.write-down'));
        if (outcome.isPendingConfirmation) said.push(text('screens:take-card.pending'));
      }
      break;
    }
    default:
      break;
  }
  if (view.error) said.push(text('screens:common.call-staff'), text('accessibility:describe.support-code'), { kind: 'plain', value: view.error.supportCode, content: 'public', isSpelled: true });
  return said;
}

export function focusedControl(view: View): Control | undefined {
  const id = view.focus?.control;
  return id === undefined ? undefined : controlsOf(view).find((control) => control.id === id);
}

/** What is said of the focused control: its label, and that it cannot be used now. */
export function describeFocus(view: View): Segment[] {
  const control = focusedControl(view);
  if (!control) return [];
  return [...control.label, ...(control.isDisabled && !control.label.some((s) => s.kind === 'text' && s.text.key === 'accessibility:state.unavailable') ? [text('accessibility:state.unavailable')] : [])];
}

/** The whole screen, as said when it appears (or when the person asks to hear it again). */
export function describeView(view: View, hasKey: (key: string) => boolean): Segment[] {
  const overlay = overlayOf(view);
  const said: Segment[] = [];
  switch (overlay) {
    case 'settings':
      said.push(text('accessibility:settings.title'));
      break;
    case 'language':
      said.push(text('accessibility:language.title'));
      break;
    case 'timeout-warning':
      said.push(text('screens:timeout.title'), text('screens:timeout.message', { count: view.timeoutWarning?.secondsLeft ?? 0 }), text('accessibility:describe.more-time'));
      break;
    case 'help': {
      const topic = helpTopicOf(view);
      const key = hasKey(`screens:help.${topic}`) ? `screens:help.${topic}` : 'screens:help.default';
      said.push(text('screens:help.title'), text(key), text('screens:help.staff'));
      break;
    }
    case 'none':
      said.push(textOf(view.title), ...leadOf(view, hasKey), ...contentOf(view));
      if (view.screen === 'attract') said.push(text('accessibility:describe.attract-keys'));
      break;
  }
  if (view.a11y?.isKeyHelpOn) said.push(text('accessibility:keys.help-on'));
  if (view.keypadTyping && overlay === 'none') said.push(text(`accessibility:keyboard.layout.${view.keypadTyping.layout}`));
  // on arrival the focus is said when it is on something the screen offers, not on Back/Help
  // (a waiting screen would otherwise end every description with "Help")
  const focus = navControlIds.has(view.focus?.control ?? '') ? [] : describeFocus(view);
  if (focus.length > 0) said.push(...focus);
  else if (overlay === 'none' && view.focus === undefined && controlsOf(view).length > 0 && view.screen !== 'attract') said.push(text('accessibility:describe.navigate'));
  return said;
}
