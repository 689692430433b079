// The controls of the screen as the tactile keypad reaches them: their ids (the renderer puts
// each on its element as data-control), what is said when one is focused, and what enter
// does. Derived from the view alone, so the renderer stays a projection and the keypad can
// never do what a finger could not.
import type { UiEvent, View } from '../bridge/contract';
import { personal, text, type Segment } from '../speech/segments';
import { settingsControls } from './settings-controls';
import { languageControls, languageSwitchControl } from './language-controls';
import { technicianControls } from '../technician/technician-controls';
import { describeKey } from '../speech/describe-key';
import { maxFieldLength } from '../../locales/keyboard/editing';
import { keyRows } from '../../locales/keyboard/keyboard-rows';
import { fieldDirection } from '../../locales/keyboard/layouts';
import { keyControlId, type FormField } from './keypad-typing';
import { isFreeReview } from '../bridge/help-topic';

export interface Control {
  /** Unique on the screen; the element carrying data-control="<id>". */
  readonly id: string;
  readonly label: readonly Segment[];
  /** What enter does; absent for a text field (enter opens the keyboard on it) and a keyboard key (the keypad types it). */
  readonly activate?: UiEvent;
  readonly isDisabled?: boolean;
  readonly field?: { readonly name: string; readonly kind: FormField['kind']; readonly value: string; readonly maxLength: number };
}

export type Overlay = 'settings' | 'timeout-warning' | 'language' | 'help' | 'none';

export function overlayOf(view: View): Overlay {
  if (view.a11y?.isMenuOpen) return 'settings';
  // the warning shows over the language list: the person must see that the session is ending
  if (view.timeoutWarning) return 'timeout-warning';
  if (view.languageSwitch?.isOpen) return 'language';
  if (view.isHelpOpen) return 'help';
  return 'none';
}

const state = (isOn: boolean): Segment => text(isOn ? 'accessibility:state.selected' : 'accessibility:state.not-selected');
const unavailable = text('accessibility:state.unavailable');

// Which end-of-road screens offer a way on (as the notice screen draws them).
const noticeActions: Partial<Record<View['screen'], Control>> = {
  'card-blocked': { id: 'done', label: [text('screens:common.finish')], activate: { type: 'DONE' } },
  error: { id: 'done', label: [text('screens:common.finish')], activate: { type: 'DONE' } },
  'payment-failed': { id: 'retry', label: [text('screens:payment-failed.retry')], activate: { type: 'RETRY' } },
};

function screenControls(view: View): Control[] {
  switch (view.screen) {
    case 'attract': {
      const speechOn = view.a11y?.isSpeechOn === true;
      const controls: Control[] = [
        { id: 'start', label: [text('screens:attract.start')], activate: { type: 'START' } },
        { id: 'audio', label: [text('accessibility:audio.button'), state(speechOn)], activate: { type: 'A11Y.SET', settings: { isSpeechOn: !speechOn } } },
      ];
      if (view.appSignIn) {
        const isAvailable = view.appSignIn.isAvailable;
        controls.push({ id: 'app-signin', label: [text('screens:attract.app-signin'), ...(isAvailable ? [] : [unavailable])], activate: { type: 'APP.SIGNIN' }, isDisabled: !isAvailable });
      }
      if (view.documentCheck) {
        const isAvailable = view.documentCheck.isAvailable;
        controls.push({ id: 'verify', label: [text('screens:attract.verify'), ...(isAvailable ? [] : [unavailable])], activate: { type: 'VERIFY.START' }, isDisabled: !isAvailable });
      }
      return controls;
    }
    case 'language':
      return view.languages.map((language) => ({ id: `language-${language}`, label: [{ kind: 'language', language }], activate: { type: 'LANGUAGE.CHOSEN', language } }));
    case 'pin': {
      // digits are typed on the keypad itself; stepping through a PIN pad aloud would tell the room
      const pin = view.pin;
      const isWaiting = (pin?.waitSeconds ?? 0) > 0;
      return [
        { id: 'pin-submit', label: [text('screens:pin.submit')], activate: { type: 'PIN.SUBMIT' }, isDisabled: isWaiting || (pin?.length ?? 0) < (pin?.minLength ?? 4) },
        { id: 'pin-erase', label: [text('screens:pin.erase')], activate: { type: 'PIN.ERASE' }, isDisabled: (pin?.length ?? 0) === 0 },
      ];
    }
    case 'menu':
      return (view.menu ?? []).map((entry) => ({
        id: `service-${entry.serviceId}`,
        label: [{ kind: 'text', text: entry.title, content: 'public' }, ...(entry.isAvailable ? [] : [unavailable, ...(entry.reason ? [{ kind: 'text' as const, text: entry.reason, content: 'public' as const }] : [])])],
        activate: { type: 'SERVICE.CHOSEN', serviceId: entry.serviceId },
        isDisabled: !entry.isAvailable,
      }));
    case 'subject':
      return (view.subjects ?? []).map((subject) => ({
        id: `subject-${subject.index}`,
        label: [{ kind: 'text', text: subject.relation, content: 'public' }, { kind: 'plain', value: subject.name, content: 'personal' }],
        activate: { type: 'SUBJECT.CHOSEN', index: subject.index },
      }));
    case 'items': {
      const items = view.items ?? [];
      return [
        ...items.map((item, index): Control => ({
          id: `item-${item.itemId}`,
          label: [text('accessibility:describe.item', { number: index + 1, count: items.length }), { kind: 'text', text: item.label, content: 'personal' }, { kind: 'money', money: item.amount, content: 'personal' }, state(item.isSelected)],
          activate: { type: 'ITEM.TOGGLED', itemId: item.itemId },
        })),
        { id: 'confirm-items', label: [text('screens:common.continue')], activate: { type: 'ITEMS.CONFIRMED' }, isDisabled: !items.some((item) => item.isSelected) },
      ];
    }
    case 'form':
      return [
        ...(view.form ?? []).flatMap((field): Control[] => {
          const label: Segment = { kind: 'text', text: field.label, content: 'public' };
          if (field.kind === 'choice') {
            return (field.choices ?? []).map((choice) => ({
              id: `choice-${field.name}-${choice.value}`,
              label: [label, { kind: 'text', text: choice.label, content: 'public' }, state(field.value === choice.value)],
              activate: { type: 'FIELD.CHANGED', name: field.name, value: choice.value },
            }));
          }
          return [fieldControl(field)];
        }),
        { id: 'submit-form', label: [text('screens:common.continue')], activate: { type: 'FORM.SUBMITTED' } },
      ];
    case 'take-card':
      // a receipt that did not print, sent to the phone or e-mail on record: the contact is personal (headphones only)
      return (view.receiptDelivery?.channels ?? [])
        .filter((channel) => channel.status !== 'sent')
        .map((channel) => ({
          id: `receipt-send-${channel.channel}`,
          label: [personal(`screens:take-card.send-${channel.channel}`, { contact: channel.contact })],
          activate: { type: 'RECEIPT.SEND', channel: channel.channel },
          isDisabled: channel.status === 'sending',
        }));
    case 'info':
      // a row the person may act on (a kept certificate: print it here), said with the row's request and status
      return (view.info ?? []).flatMap((row, index): Control[] =>
        row.action
          ? [{ id: `info-action-${index}`, label: [{ kind: 'text', text: row.label, content: 'personal' }, { kind: 'text', text: row.status, content: 'personal' }, text('screens:info.reprint')], activate: { type: 'INFO.ACTION', index }, isDisabled: view.infoAction === 'printing' }]
          : [],
      );
    case 'document-problem': {
      // a paid document that did not print: the person's choices, or a way to stop waiting for the printer
      const problem = view.documentProblem;
      if (!problem) return [];
      if (problem.isWaiting) return [{ id: 'document-stop-waiting', label: [text('screens:document-problem.stop-waiting')], activate: { type: 'DOCUMENT.STOP_WAITING' } }];
      return problem.actions.map((action) => ({ id: `document-${action}`, label: [text(`documents:printer-problem.action.${action}`)], activate: { type: 'DOCUMENT.CHOSEN', choice: action } }));
    }
    case 'review':
      if (isFreeReview(view)) return [{ id: 'pay', label: [text('screens:review.submit')], activate: { type: 'PAY.CONFIRMED' } }];
      return [{ id: 'pay', label: [text('screens:review.pay'), ...(view.quote ? [{ kind: 'money' as const, money: view.quote.total, content: 'personal' as const }] : [])], activate: { type: 'PAY.CONFIRMED' }, isDisabled: !view.quote }];
    case 'technician':
      return technicianControls(view);
    default: {
      const action = noticeActions[view.screen];
      return action ? [action] : [];
    }
  }
}

/** A typed field: said with its value (personal: only into headphones). */
function fieldControl(field: FormField): Control {
  const label: Segment = { kind: 'text', text: field.label, content: 'public' };
  const value: Segment[] = field.value === '' ? [text('accessibility:state.empty')] : [{ kind: 'plain', value: field.value, content: 'personal', isSpelled: field.kind !== 'text' && field.kind !== 'address' }];
  return { id: `field-${field.name}`, label: [label, ...value, ...(field.error ? [{ kind: 'text' as const, text: field.error, content: 'public' as const }] : [])], field: { name: field.name, kind: field.kind, value: field.value, maxLength: field.maxLength ?? maxFieldLength } };
}

/**
 * While the keypad types: every key of the keyboard (walked by the arrows in two dimensions),
 * then the field. The navigation row stays in the page, hidden under the keyboard: the keypad's
 * own back, cancel and help keys do what its buttons do, and Done gives the arrows back to it.
 */
function typingControls(view: View, typing: NonNullable<View['keypadTyping']>): Control[] | undefined {
  const field = view.form?.find((candidate) => candidate.name === typing.field);
  if (!field) return undefined;
  const direction = fieldDirection(field.kind, view.direction);
  const keys = keyRows(typing.layout, typing.isShifted, view.language).rows.flatMap((row, rowIndex) =>
    row.map((placed, index): Control => ({ id: keyControlId({ row: rowIndex, index }), label: describeKey(placed, typing.isShifted, direction) })),
  );
  return [...keys, fieldControl(field)];
}

function navControls(view: View): Control[] {
  const controls: Control[] = [];
  if (view.canGoBack) controls.push({ id: 'back', label: [text('screens:common.back')], activate: { type: 'BACK' } });
  if (view.hasHelp) controls.push({ id: 'help', label: [text('screens:common.help')], activate: { type: 'HELP' } });
  if (view.canCancel) controls.push({ id: 'cancel', label: [text('screens:common.cancel')], activate: { type: 'CANCEL' } });
  controls.push(...languageSwitchControl(view));
  // out of service nobody can be served (the renderer leaves the button out there too)
  if ((view.screen as string) !== 'out-of-service') controls.push({ id: 'settings', label: [text('accessibility:settings.open')], activate: { type: 'A11Y.SET', settings: { isMenuOpen: true } } });
  return controls;
}

/** Every control the keypad can reach, in the order the arrows walk them. */
export function controlsOf(view: View): Control[] {
  switch (overlayOf(view)) {
    case 'settings':
      return settingsControls(view);
    case 'timeout-warning':
      return [
        { id: 'more-time', label: [text('screens:timeout.more-time')], activate: { type: 'MORE_TIME' } },
        { id: 'end-session', label: [text('screens:timeout.end-now')], activate: { type: 'CANCEL' } },
      ];
    case 'language':
      return languageControls(view);
    case 'help':
      return [{ id: 'close-help', label: [text('screens:help.close')], activate: { type: 'HELP.CLOSED' } }];
    case 'none': {
      const typing = view.keypadTyping && typingControls(view, view.keypadTyping);
      return [...(typing ?? screenControls(view)), ...navControls(view)];
    }
  }
}
