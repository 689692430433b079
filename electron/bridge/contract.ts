// The one bridge contract (STYLE.md "One typed bridge"): what the renderer may send and
// what it receives. Imported by the renderer, the preload and the kiosk core alike.
import { z } from 'zod';
import { TechnicianView, technicianUiEvents } from './technician-contract';
import { layoutIds } from '../../locales/keyboard/layouts';

const id = z.string().min(1).max(64).regex(/^[a-z0-9][a-z0-9-]*$/);
const lang = z.string().min(2).max(8).regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)?$/);

/**
 * Per-session accessibility settings (issue 12): chosen by the person, reset when the session
 * ends. Volume is 0…`maxVolume` steps; rate is one of the speech engine's seven steps.
 */
import { defaultVolume, maxVolume, speechRates } from './a11y-limits';

export { defaultVolume, maxVolume, speechRates };
export const A11ySettings = z.object({
  theme: z.enum(['standard', 'high-contrast']),
  textScale: z.literal([1, 1.5, 2]),
  layout: z.enum(['standard', 'low-reach']),
  /** Inactivity delays ×2. */
  isTimeExtended: z.boolean(),
  isSpeechOn: z.boolean(),
  volume: z.number().int().min(0).max(maxVolume),
  rate: z.literal(speechRates),
  /** The settings overlay is open. */
  isMenuOpen: z.boolean(),
});
export type A11ySettings = z.infer<typeof A11ySettings>;

/** Events the renderer may send: user intents only, never device or central calls. */
export const UiEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('START') }),
  z.object({ type: z.literal('APP.SIGNIN') }),
  /** From attract: check a printed document without a card (the card-less service). */
  z.object({ type: z.literal('VERIFY.START') }),
  z.object({ type: z.literal('LANGUAGE.CHOSEN'), language: lang }),
  /** Open or close the language list over a session's screen (the frame's language button). */
  z.object({ type: z.literal('LANGUAGE.MENU'), isOpen: z.boolean() }),
  z.object({ type: z.literal('PIN.DIGIT'), digit: z.number().int().min(0).max(9) }),
  z.object({ type: z.literal('PIN.ERASE') }),
  z.object({ type: z.literal('PIN.SUBMIT') }),
  z.object({ type: z.literal('SERVICE.CHOSEN'), serviceId: id }),
  z.object({ type: z.literal('SUBJECT.CHOSEN'), index: z.number().int().min(0).max(200) }),
  z.object({ type: z.literal('ITEM.TOGGLED'), itemId: z.string().min(1).max(64) }),
  z.object({ type: z.literal('ITEMS.CONFIRMED') }),
  z.object({ type: z.literal('FIELD.CHANGED'), name: id, value: z.string().max(200) }),
  z.object({ type: z.literal('FORM.SUBMITTED') }),
  z.object({ type: z.literal('PAY.CONFIRMED') }),
  z.object({ type: z.literal('RETRY') }),
  z.object({ type: z.literal('BACK') }),
  z.object({ type: z.literal('CANCEL') }),
  z.object({ type: z.literal('HELP') }),
  z.object({ type: z.literal('HELP.CLOSED') }),
  z.object({ type: z.literal('MORE_TIME') }),
  z.object({ type: z.literal('DONE') }),
  ...technicianUiEvents,
  /** Change some accessibility settings for this session (theme, text size, layout, time, speech). */
  z.object({ type: z.literal('A11Y.SET'), settings: A11ySettings.partial() }),
  /** Say the current screen again. */
  z.object({ type: z.literal('SPEECH.REPEAT') }),
  /** Pause speech, or resume it when paused. */
  z.object({ type: z.literal('SPEECH.PAUSE') }),
  /** Take card, receipt not printed: send it to the phone or e-mail the central holds. */
  z.object({ type: z.literal('RECEIPT.SEND'), channel: z.enum(['sms', 'email']) }),
  /** A paid document did not print: wait for the printer, reprint it later, or have it posted. */
  z.object({ type: z.literal('DOCUMENT.CHOSEN'), choice: z.enum(['wait', 'reprint', 'post']) }),
  z.object({ type: z.literal('DOCUMENT.STOP_WAITING') }),
  /** Act on an info row the view offers an action for (my-requests: print a kept certificate here). */
  z.object({ type: z.literal('INFO.ACTION'), index: z.number().int().min(0).max(200) }),
]);
export type UiEvent = z.infer<typeof UiEvent>;
export type UiEventType = UiEvent['type'];

export const ScreenId = z.enum([
  'attract',
  'app-signin',
  'language',
  'insert-card',
  'reading-card',
  'pin',
  'checking-pin',
  'card-blocked',
  'loading',
  'menu',
  'subject',
  'items',
  'form',
  'review',
  'ineligible',
  'paying',
  'payment-failed',
  'info',
  'printing',
  /** A paid A4 document did not print: why, that it is kept, and the choice of wait, reprint or post. */
  'document-problem',
  'take-card',
  'goodbye',
  'card-removed',
  'error',
  /** No one can sign in (the ID-card reader failed): said in every configured language. */
  'out-of-service',
  /** Technician mode, opened by a technician's ID card; `technician.page` says which page. */
  'technician',
]);
export type ScreenId = z.infer<typeof ScreenId>;

/** Text the renderer looks up in `locales/`: a key with its interpolation values. */
const Text = z.object({ key: z.string().max(128), values: z.record(z.string(), z.union([z.string(), z.number()])).default({}) });
export type Text = z.infer<typeof Text>;

const Money = z.object({ amountMinor: z.number().int(), currency: z.string().length(3), minorUnits: z.number().int().min(0).max(3) });
export type Money = z.infer<typeof Money>;

/**
 * What the renderer draws: only what the current screen shows. ID numbers are masked to
 * their last four digits; the PIN is a length, never digits.
 */
export const View = z.object({
  screen: ScreenId,
  language: lang,
  direction: z.enum(['ltr', 'rtl']),
  languages: z.array(lang),
  /** Heading and body text keys for the screen. */
  title: Text,
  message: Text.optional(),
  canGoBack: z.boolean(),
  canCancel: z.boolean(),
  hasHelp: z.boolean(),
  isHelpOpen: z.boolean(),
  /** Present where the person may switch language (session screens, app sign-in): whether the list is open. */
  languageSwitch: z.object({ isOpen: z.boolean() }).optional(),
  /** The help text (`screens:help.<topic>`) when it is not the screen's own: a review with nothing to pay is 'review-free'. */
  helpTopic: z.string().regex(/^[a-z][a-z-]*$/).optional(),
  timeoutWarning: z.object({ secondsLeft: z.number().int().min(0) }).optional(),
  holder: z.object({ name: z.string(), idMasked: z.string() }).optional(),
  pin: z
    .object({ length: z.number().int(), minLength: z.number().int(), maxLength: z.number().int(), triesLeft: z.number().int().optional(), keys: z.array(z.number().int()) , waitSeconds: z.number().int().optional() })
    .optional(),
  menu: z
    .array(z.object({ serviceId: id, title: Text, isAvailable: z.boolean(), reason: Text.optional() }))
    .optional(),
  service: z.object({ serviceId: id, title: Text }).optional(),
  subjects: z.array(z.object({ index: z.number().int(), name: z.string(), idMasked: z.string(), relation: Text })).optional(),
  items: z
    .array(z.object({ itemId: z.string(), label: Text, amount: Money, isSelected: z.boolean() }))
    .optional(),
  form: z
    .array(
      z.object({
        name: id,
        label: Text,
        kind: z.enum(['text', 'digits', 'phone', 'email', 'plate', 'choice', 'date', 'address']),
        value: z.string(),
        /** The most characters the field takes (the service's rule); the keyboards stop there. */
        maxLength: z.number().int().positive().max(200).optional(),
        choices: z.array(z.object({ value: z.string(), label: Text })).optional(),
        error: Text.optional(),
      }),
    )
    .optional(),
  quote: z
    .object({ lines: z.array(z.object({ label: Text, amount: Money })), total: Money, hasChanged: z.boolean() })
    .optional(),
  /** Rows of an info answer; `action`: what the person may do with the row here (its button sends INFO.ACTION with the row's index). */
  info: z.array(z.object({ label: Text, status: Text, action: z.object({ kind: z.literal('reprint-document') }).optional() })).optional(),
  /** A row's action under way or just ended: printing a kept certificate here, printed, or not printed (still kept). */
  infoAction: z.enum(['printing', 'reprinted', 'reprint-failed']).optional(),
  outcome: z
    .object({ reference: z.string(), isPendingConfirmation: z.boolean(), isReceiptPrinted: z.boolean(), amount: Money.optional() })
    .optional(),
  error: z.object({ supportCode: z.string().max(16) }).optional(),
  /**
   * Take card when the receipt did not print: where the central can send it instead (contacts
   * masked, "+974 •••• 345"), and how each send went. Absent: nothing to offer (printed, or
   * nothing on record). `isLooking` while the central is still being asked.
   */
  receiptDelivery: z
    .object({
      isLooking: z.boolean(),
      channels: z.array(z.object({ channel: z.enum(['sms', 'email']), contact: z.string().max(80), status: z.enum(['offered', 'sending', 'sent', 'failed']) })),
    })
    .optional(),
  /**
   * A paid document that did not print: why, its number (absent while the central has not
   * issued it), the transaction's reference, what the person may choose, and whether the kiosk
   * is waiting for the printer or has waited as long as it allows.
   */
  documentProblem: z
    .object({
      reason: z.enum(['paper-out', 'jammed', 'not-available', 'not-issued']),
      documentId: z.string().max(64).optional(),
      reference: z.string().max(32),
      actions: z.array(z.enum(['wait', 'reprint', 'post'])),
      isWaiting: z.boolean(),
      isWaitOver: z.boolean(),
    })
    .optional(),
  /** Attract: whether "sign in with the app" is offered; app-signin: the one-time code to show as a QR. */
  appSignIn: z.object({ isAvailable: z.boolean(), reason: Text.optional(), qrText: z.string().max(512).optional(), secondsLeft: z.number().int().min(0).optional() }).optional(),
  /** Attract: whether "check a document" (no card needed) is offered, and why not. */
  documentCheck: z.object({ isAvailable: z.boolean(), reason: Text.optional() }).optional(),
  availability: z.enum(['serving', 'limited', 'out-of-service']),
  /** How numbers and dates are written (config): Arabic's digits, and the Hijri date beside the Gregorian. */
  formats: z.object({ calendar: z.enum(['gregorian', 'gregorian-and-hijri']), arabicDigits: z.enum(['latin', 'arabic-indic']) }).optional(),
  technician: TechnicianView.optional(),
  /** This session's accessibility settings (absent: all defaults). */
  a11y: A11ySettings.extend({ isKeyHelpOn: z.boolean() }).optional(),
  /** The control the tactile keypad has focused (its data-control id), once the keypad is in use. */
  focus: z.object({ control: z.string().max(96) }).optional(),
  /**
   * The tactile keypad is typing into a form field on the kiosk keyboard (issue 12): which
   * field, which keyboard and layer, and where the caret is; the key it is on is `focus.control`
   * (`key-<row>-<index>`). Absent when no keypad typing is under way.
   */
  keypadTyping: z.object({ field: id, layout: z.enum(layoutIds), isShifted: z.boolean(), caret: z.number().int().min(0).max(200) }).optional(),
});
export type View = z.infer<typeof View>;

/**
 * Speech for the renderer to play (the kiosk core synthesises, the page only plays). `play`
 * replaces whatever is playing: its clips (complete WAV files, base64) play one after another.
 */
export type AudioCommand =
  | { readonly action: 'play'; readonly id: number; readonly clips: readonly string[]; readonly volume: number }
  | { readonly action: 'stop' }
  | { readonly action: 'pause' }
  | { readonly action: 'resume' };

/** Channel names, in one place for the preload and the main side. */
export const BridgeChannel = { view: 'kiosk:view', event: 'kiosk:event', audio: 'kiosk:audio' } as const;
