// The view: a plain, serialisable object derived from the session snapshot, carrying only
// what the current screen shows (ID numbers masked, the PIN as a length).
import type { SnapshotFrom } from 'xstate';
import type { Money, ScreenId, Text, View } from '../bridge/contract';
import type { Holder } from '../../state-machines/domain';
import { holderServiceAvailability, serviceAvailability } from '../../state-machines/services/availability';
import { visibleFields } from '../../state-machines/services/form-validation';
import { candidates, currentStep, type serviceFlowMachine } from '../../state-machines/services/service-flow-machine';
import type { sessionMachine } from '../../state-machines/session/session-machine';
import type { SessionContext } from '../../state-machines/session/session-types';
import { timeoutFactor } from '../../state-machines/session/accessibility';
import { documentProblemOf, documentScreenOf, documentTakeCardMessage } from './document-problem-view';
import { receiptDeliveryOf } from './receipt-delivery-view';
import { supportCode } from './support-code';
import { languageSwitchOf } from './language-switch';
import { projectTechnician } from '../technician/technician-view';
import { isFreeReview } from '../bridge/help-topic';

type SessionSnapshot = SnapshotFrom<typeof sessionMachine>;
type FlowSnapshot = SnapshotFrom<typeof serviceFlowMachine>;

export interface ViewSettings {
  readonly currency: { readonly code: string; readonly minorUnits: number };
  readonly rtlLanguages: readonly string[];
  /** Digits and calendar from the config, handed to the renderer as they are. */
  readonly formats?: NonNullable<View['formats']>;
}

const text = (key: string, values: Record<string, string | number> = {}): Text => ({ key, values });

export function maskId(idNumber: string): string {
  return '•'.repeat(Math.max(0, idNumber.length - 4)) + idNumber.slice(-4);
}

export function holderName(holder: Pick<Holder, 'nameAr' | 'nameLatin'>, language: string): string {
  return language === 'ar' || language === 'ur' ? holder.nameAr : holder.nameLatin;
}

function mainScreen(value: SessionSnapshot['value']): string {
  const main = (value as { main: string | Record<string, string> }).main;
  if (typeof main === 'string') return main;
  const [parent, child] = Object.entries(main)[0] ?? ['', ''];
  return parent === 'appSignIn' ? 'appSignIn' : `${parent}.${child}`;
}

const sessionScreens: Record<string, ScreenId> = {
  attract: 'attract',
  appSignIn: 'app-signin',
  language: 'language',
  insertCard: 'insert-card',
  'signedIn.readingCard': 'reading-card',
  'signedIn.pin': 'pin',
  'signedIn.verifyingPin': 'checking-pin',
  'signedIn.pinPause': 'pin',
  'signedIn.cardBlocked': 'card-blocked',
  'signedIn.loadingProfile': 'loading',
  'signedIn.menu': 'menu',
  'signedIn.printing': 'printing',
  'signedIn.problem': 'error',
  takeCard: 'take-card',
  goodbye: 'goodbye',
  cardRemoved: 'card-removed',
  outOfService: 'out-of-service',
  'signedIn.technician': 'technician',
};

function flowScreen(flow: FlowSnapshot): ScreenId {
  if (flow.matches({ items: 'choosing' })) return 'items';
  if (flow.matches({ review: 'confirming' })) return 'review';
  // printing a row's certificate and asking for the rows again after it stay on the rows
  if (flow.matches({ info: 'showing' }) || flow.matches({ info: 'acting' }) || (flow.matches({ info: 'loading' }) && flow.context.infoOutcome !== undefined)) return 'info';
  if (flow.matches('subject')) return 'subject';
  if (flow.matches('form')) return 'form';
  if (flow.matches('ineligible') || flow.matches('refused')) return 'ineligible';
  if (flow.matches('paying')) return 'paying';
  if (flow.matches('paymentFailed')) return 'payment-failed';
  if (flow.matches('problem')) return 'error';
  return 'loading';
}

/** Screens that wait for the person (the inactivity warning is only shown there; on attract only after a settings change). */
const waitingScreens = new Set<ScreenId>(['document-problem', 'technician', 'attract', 'app-signin', 'language', 'insert-card', 'pin', 'card-blocked', 'menu', 'subject', 'items', 'form', 'review', 'ineligible', 'payment-failed', 'info', 'error']);
const backScreens = new Set<ScreenId>(['app-signin', 'language', 'insert-card', 'subject', 'items', 'form', 'review', 'ineligible', 'payment-failed', 'info']);
const cancelScreens = new Set<ScreenId>(['app-signin', 'language', 'insert-card', 'pin', 'menu', 'subject', 'items', 'form', 'review', 'ineligible', 'payment-failed', 'info', 'error']);

export function projectView(session: SessionSnapshot, settings: ViewSettings): View {
  const context = session.context;
  const flow = context.flowRef?.getSnapshot();
  const inService = (mainScreen(session.value) === 'signedIn.service' || mainScreen(session.value) === 'cardless') && flow !== undefined;
  const screen: ScreenId = inService ? flowScreen(flow) : (documentScreenOf(session) ?? sessionScreens[mainScreen(session.value)] ?? 'loading');
  const language = context.language;
  const money = (amountMinor: number): Money => ({ amountMinor, currency: settings.currency.code, minorUnits: settings.currency.minorUnits });
  const isWarning = (session.value as { activity: string }).activity === 'warning' && waitingScreens.has(screen);

  const view: View = {
    screen,
    language,
    direction: settings.rtlLanguages.includes(language) ? 'rtl' : 'ltr',
    ...(settings.formats ? { formats: settings.formats } : {}),
    languages: [...context.languages],
    title: text(`screens:${screen}.title`),
    canGoBack: backScreens.has(screen),
    canCancel: cancelScreens.has(screen),
    hasHelp: screen !== 'attract',
    isHelpOpen: context.isHelpOpen,
    ...languageSwitchOf(screen, context.languages, context.isLanguageMenuOpen),
    availability: availabilityOf(context),
    ...(isWarning ? { timeoutWarning: { secondsLeft: Math.round((context.timeouts.warningMs * timeoutFactor(context.a11y)) / 1000) } } : {}),
    a11y: { ...context.a11y, isKeyHelpOn: false },
  };
  if (context.holder && screen !== 'goodbye' && screen !== 'card-removed') {
    view.holder = { name: holderName(context.holder, language), idMasked: maskId(context.holder.idNumber) };
  }

  switch (screen) {
    case 'pin': {
      const isPaused = mainScreen(session.value) === 'signedIn.pinPause';
      view.pin = {
        length: context.pin.length,
        minLength: context.pinRules.minLength,
        maxLength: context.pinRules.maxLength,
        keys: [...context.pinKeys],
        ...(context.pinTriesLeft !== undefined ? { triesLeft: context.pinTriesLeft } : {}),
        ...(isPaused ? { waitSeconds: Math.ceil((context.timeouts.pinRetryBaseMs * 2 ** Math.max(0, context.pinFailures - 2)) / 1000) } : {}),
      };
      if (context.pinFailures > 0 && context.pinTriesLeft !== undefined) view.message = text('screens:pin.wrong', { count: context.pinTriesLeft });
      break;
    }
    case 'attract': {
      view.appSignIn = context.status.isOnline ? { isAvailable: true } : { isAvailable: false, reason: text('screens:unavailable.offline') };
      const cardless = context.services.find((s) => s.isCardless);
      if (cardless) {
        const availability = serviceAvailability(cardless, context.status);
        view.documentCheck = availability.isAvailable ? { isAvailable: true } : { isAvailable: false, reason: text(availability.reasonKey) };
      }
      break;
    }
    case 'app-signin': {
      const isUnavailable = session.matches({ main: { appSignIn: 'unavailable' } });
      view.appSignIn = {
        isAvailable: !isUnavailable,
        ...(isUnavailable ? { reason: text('screens:unavailable.offline') } : {}),
        ...(context.challenge ? { qrText: context.challenge.qrText, secondsLeft: Math.round(context.challenge.expiresInMs / 1000) } : {}),
      };
      break;
    }
    case 'menu':
      view.menu = context.services.map((definition) => {
        // A company representative sees the services the company did not grant greyed, with the reason.
        const availability = holderServiceAvailability(definition, context.status, context.profile);
        return { serviceId: definition.id, title: text(definition.titleKey), isAvailable: availability.isAvailable, ...(availability.isAvailable ? {} : { reason: text(availability.reasonKey) }) };
      });
      break;
    case 'error': {
      const problem = problemOf(context, inService ? flow : undefined);
      // The A4 printer's words already exist as a device notice; every other problem has its own line.
      view.message = text(problem === 'a4-printer' ? 'screens:unavailable.device.a4-printer' : `screens:problem.${problem}`);
      view.error = { supportCode: supportCode(context.sessionId, problem) };
      break;
    }
    case 'take-card':
      if (context.paid) {
        view.outcome = {
          reference: context.paid.reference,
          isPendingConfirmation: context.printed?.isPendingConfirmation ?? true,
          isReceiptPrinted: context.printed?.isReceiptPrinted ?? false,
          // a free request shows no "amount paid: 0.00"
          ...(context.paid.amountMinor > 0 ? { amount: money(context.paid.amountMinor) } : {}),
        };
        view.message = text(view.outcome.isReceiptPrinted ? 'screens:take-card.with-receipt' : 'screens:take-card.no-receipt');
        const delivery = receiptDeliveryOf(session);
        if (delivery) view.receiptDelivery = delivery;
        // a paid document: printed, or kept for a reprint or posted as the person chose
        const paper = documentTakeCardMessage(context, view.outcome.isReceiptPrinted);
        if (paper) view.message = paper;
      }
      break;
    case 'document-problem': {
      const problem = documentProblemOf(session);
      if (problem) view.documentProblem = problem;
      break;
    }
    default:
      break;
  }
  const technician = context.technicianRef?.getSnapshot();
  if (screen === 'technician' && technician) {
    view.technician = projectTechnician(technician);
    view.canGoBack = view.technician.page !== 'home';
  }
  if (inService) projectFlow(view, flow, money);
  return view;
}

function projectFlow(view: View, flow: FlowSnapshot, money: (amountMinor: number) => Money): void {
  const c = flow.context;
  view.service = { serviceId: c.definition.id, title: text(c.definition.titleKey) };
  switch (view.screen) {
    case 'subject':
      view.subjects = candidates(c).map((person, index) => ({ index, name: holderName(person, view.language), idMasked: maskId(person.idNumber), relation: text(`screens:relation.${person.relation}`) }));
      break;
    case 'items':
      view.items = c.items.map((item) => ({ itemId: item.id, label: text(item.labelKey, { ...item.labelValues }), amount: money(item.amountMinor), isSelected: c.selected.includes(item.id) }));
      if (c.items.length === 0) view.message = text('screens:items.none');
      break;
    case 'form': {
      const step = currentStep(c);
      const fields = step?.kind === 'form' ? visibleFields(step.fields, c.fields) : [];
      view.form = fields.map((field) => ({
        name: field.name,
        label: text(`services:${c.definition.id}.field.${field.name}`),
        kind: field.kind,
        value: c.fields[field.name] ?? '',
        maxLength: field.maxLength,
        ...(field.choices ? { choices: field.choices.map((value) => ({ value, label: text(`services:${c.definition.id}.choice.${field.name}.${value}`) })) } : {}),
        ...(c.fieldErrors[field.name] ? { error: text(c.fieldErrors[field.name] ?? '') } : {}),
      }));
      break;
    }
    case 'review':
    case 'paying':
      if (c.quote) {
        const quote = c.quote;
        view.quote = { lines: quote.lines.map((line) => ({ label: text(line.labelKey, { ...line.labelValues }), amount: money(line.amountMinor) })), total: money(quote.amountMinor), hasChanged: c.hasQuoteChanged };
        if (c.hasQuoteChanged) view.message = text('screens:review.fee-changed');
        // nothing to pay (an exit permit, an appointment): the person sends a request, the terminal is skipped
        else if (view.screen === 'review' && quote.amountMinor === 0) view.message = text('screens:review.free-message');
        if (isFreeReview(view)) {
          view.title = text('screens:review.free-title');
          view.helpTopic = 'review-free';
        }
      }
      break;
    case 'ineligible':
      view.message = text(c.refusal ?? c.ineligibleReason ?? 'screens:ineligible.generic');
      break;
    case 'payment-failed':
      view.message = text(`screens:payment-failed.${c.failure ?? 'declined'}`);
      break;
    case 'info': {
      // while the rows are asked for again after an action, the old ones show without their actions (while printing, disabled)
      const isActionable = flow.matches({ info: 'showing' }) || flow.matches({ info: 'acting' });
      view.info = c.info.map((row) => ({
        label: text(row.labelKey, { ...row.labelValues }),
        status: text(row.statusKey),
        ...(row.action && isActionable ? { action: { kind: row.action.kind } } : {}),
      }));
      if (c.info.length === 0) view.message = text('screens:info.none');
      projectInfoAction(view, flow);
      break;
    }
    default:
      break;
  }
}

/** A row's action under way (nothing else can be pressed meanwhile) or how the last one ended. */
function projectInfoAction(view: View, flow: FlowSnapshot): void {
  const activity = flow.matches({ info: 'acting' }) ? 'printing' : flow.context.infoOutcome;
  if (!activity) return;
  view.infoAction = activity;
  view.message = text(`screens:info.${activity === 'printing' ? 'reprinting' : activity}`);
  if (activity === 'printing') {
    view.canGoBack = false;
    view.canCancel = false;
  }
}

function problemOf(context: SessionContext, flow: FlowSnapshot | undefined): string {
  return flow?.context.problem ?? context.problem ?? 'internal';
}

function availabilityOf(context: SessionContext): View['availability'] {
  if (context.status.failedDevices.includes('card-reader')) return 'out-of-service';
  const someOff = context.services.some((definition) => !serviceAvailability(definition, context.status).isAvailable);
  return someOff ? 'limited' : 'serving';
}
