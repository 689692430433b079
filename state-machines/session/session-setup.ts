// The session machine's setup: its types, the actors the kiosk core provides, named delays,
// guards and actions. The machine (session-machine.ts) and its parts (receipt-fallback.ts,
// document-choice.ts) are built from it, so each part is typed against the same setup.
import { assign, enqueueActions, fromPromise, or, raise, setup, stateIn, stopChild } from 'xstate';
import type { Holder } from '../domain';
import { holderServiceAvailability, serviceAvailability } from '../services/availability';
import { serviceFlowMachine } from '../services/service-flow-machine';
import { kioskAvailability } from '../services/kiosk-availability';
import { technicianMachine } from '../technician/technician-machine';
import type {
  ApprovalOutput,
  ChallengeOutput,
  DocumentChoiceOutput,
  DocumentOutcome,
  DocumentWaitOutput,
  PaidOutcome,
  PrintOutput,
  ReceiptChannel,
  ReceiptContactsOutput,
  ReceiptDocumentNote,
  ProfileOutput,
  ReadCardOutput,
  SessionContext,
  SessionEmitted,
  SessionEvent,
  SessionInput,
  SendReceiptOutput,
  VerifyPinOutput,
} from './session-types';
import { applyA11y, timeoutFactor } from './accessibility';

function notProvided(name: string) {
  return () => Promise.reject(new Error(`session: actor "${name}" was not provided`));
}

export const clearedSession = {
  sessionId: undefined,
  holder: undefined,
  profile: undefined,
  pin: '',
  pinTriesLeft: undefined,
  pinFailures: 0,
  flowRef: undefined,
  paid: undefined,
  printed: undefined,
  document: undefined,
  documentChoice: undefined,
  isLeavingAfterChoice: false,
  problem: undefined,
  isHelpOpen: false,
  isLanguageMenuOpen: false,
  challenge: undefined,
  technicianRef: undefined,
  receiptContacts: undefined,
  receiptSends: {},
} as const;

export const sessionSetup = setup({
  types: { context: {} as SessionContext, events: {} as SessionEvent, input: {} as SessionInput, emitted: {} as SessionEmitted },
  actors: {
    readCard: fromPromise<ReadCardOutput>(notProvided('readCard')),
    verifyPin: fromPromise<VerifyPinOutput, { pin: string }>(notProvided('verifyPin')),
    loadProfile: fromPromise<ProfileOutput, { holderId: string }>(notProvided('loadProfile')),
    printReceipt: fromPromise<PrintOutput, { paid: PaidOutcome; language: string; holder: Holder; document?: ReceiptDocumentNote }>(notProvided('printReceipt')),
    // a paid A4 document (document-choice.ts): print it, wait for the printer, record the choice
    printDocument: fromPromise<DocumentOutcome, { paid: PaidOutcome; language: string; holder: Holder }>(notProvided('printDocument')),
    waitForDocument: fromPromise<DocumentWaitOutput, { jobId: number }>(notProvided('waitForDocument')),
    recordDocumentChoice: fromPromise<DocumentChoiceOutput, { key: string; choice: 'reprint' | 'post'; jobId?: number }>(notProvided('recordDocumentChoice')),
    releaseCard: fromPromise<void>(notProvided('releaseCard')),
    findReceiptContacts: fromPromise<ReceiptContactsOutput, { key: string }>(notProvided('findReceiptContacts')),
    sendReceipt: fromPromise<SendReceiptOutput, { key: string; channel: ReceiptChannel }>(notProvided('sendReceipt')),
    requestLoginChallenge: fromPromise<ChallengeOutput>(notProvided('requestLoginChallenge')),
    awaitLoginApproval: fromPromise<ApprovalOutput, { challengeId: string }>(notProvided('awaitLoginApproval')),
    serviceFlow: serviceFlowMachine,
    technician: technicianMachine,
  },
  delays: {
    idle: ({ context }) => context.timeouts.idleMs * timeoutFactor(context.a11y),
    warning: ({ context }) => context.timeouts.warningMs * timeoutFactor(context.a11y),
    goodbye: ({ context }) => context.timeouts.goodbyeMs,
    challengeExpiry: ({ context }) => context.challenge?.expiresInMs ?? 120_000,
    // The card counts tries; the kiosk also slows guessing: base, 2×base, 4×base… from the 2nd miss.
    pinPause: ({ context }) => context.timeouts.pinRetryBaseMs * 2 ** Math.max(0, context.pinFailures - 2),
  },
  guards: {
    isBusyAnywhere: or([
      ({ context }: { context: SessionContext }) => context.flowRef?.getSnapshot().hasTag('busy') === true,
      ({ context }: { context: SessionContext }) => context.technicianRef?.getSnapshot().hasTag('busy') === true,
      ...['readingCard', 'verifyingPin', 'pinPause', 'loadingProfile', 'printing'].map((state) => stateIn(`#session.main.signedIn.${state}`)),
      ...['printing', 'waiting', 'recording'].map((state) => stateIn(`#session.main.signedIn.document.${state}`)),
      ...['takeCard', 'goodbye', 'cardRemoved'].map((state) => stateIn(`#session.main.${state}`)),
    ]),
    /** Derived, never set: nobody can sign in while the ID-card reader has failed. */
    isOutOfService: ({ context }) => kioskAvailability(context.services, context.status) === 'out-of-service',
    isKnownLanguage: ({ context, event }) => event.type === 'LANGUAGE.CHOSEN' && context.languages.includes(event.language),
    canTypeDigit: ({ context }) => context.pin.length < context.pinRules.maxLength,
    isPinLongEnough: ({ context }) => context.pin.length >= context.pinRules.minLength,
    isServiceAvailable: ({ context, event }) => {
      if (event.type !== 'SERVICE.CHOSEN') return false;
      const definition = context.services.find((s) => s.id === event.serviceId);
      return definition !== undefined && holderServiceAvailability(definition, context.status, context.profile).isAvailable;
    },
    isCardlessServiceAvailable: ({ context }) => {
      const definition = context.services.find((s) => s.isCardless);
      return definition !== undefined && serviceAvailability(definition, context.status).isAvailable;
    },
  },
  actions: {
    clearSession: assign(() => ({ ...clearedSession })),
    pauseActivity: raise({ type: 'ACTIVITY.PAUSE' }),
    resumeActivity: raise({ type: 'ACTIVITY.RESUME' }),
    stopFlow: stopChild('flow'),
    keepPaid: assign({
      paid: ({ event }) => (event.type === 'xstate.done.actor.flow' && event.output.kind === 'paid' ? { serviceId: event.output.serviceId, key: event.output.key, reference: event.output.reference, amountMinor: event.output.amountMinor } : undefined),
    }),
    forgetFlow: assign({ flowRef: undefined }),
    // What the audit log records about technician cards (the core listens with actor.on).
    reportTechnicianEntered: enqueueActions(({ context, enqueue }) => {
      if (context.holder) enqueue.emit({ type: 'technician.entered', technicianId: context.holder.idNumber });
    }),
    reportTechnicianExited: enqueueActions(({ context, enqueue }) => {
      if (context.holder) enqueue.emit({ type: 'technician.exited', technicianId: context.holder.idNumber });
    }),
    reportTechnicianRefused: enqueueActions(({ context, enqueue }) => {
      if (context.holder?.role !== 'technician') return;
      const reason = context.pinTriesLeft === 0 ? 'pin-blocked' : 'wrong-pin';
      enqueue.emit({ type: 'technician.refused', technicianId: context.holder.idNumber, reason, triesLeft: context.pinTriesLeft ?? 0 });
    }),
    reportExpiredTechnician: enqueueActions(({ enqueue }, params: { technicianId: string | undefined; triesLeft: number }) => {
      if (params.technicianId !== undefined) enqueue.emit({ type: 'technician.refused', technicianId: params.technicianId, reason: 'card-expired', triesLeft: params.triesLeft });
    }),
    reportCardRefused: enqueueActions(({ context, enqueue }) => {
      // a card that fails authentication may be a cloned technician card: always on record
      if (context.problem === 'card-not-authentic') enqueue.emit({ type: 'card.refused', reason: 'not-authentic' });
    }),
    openHelp: assign({ isHelpOpen: true }),
    closeHelp: assign({ isHelpOpen: false }),
    setA11y: assign({ a11y: ({ context, event }) => (event.type === 'A11Y.SET' ? applyA11y(context.a11y, event.settings) : context.a11y) }),
    setLanguageMenu: assign({ isLanguageMenuOpen: ({ context, event }) => (event.type === 'LANGUAGE.MENU' ? event.isOpen : context.isLanguageMenuOpen) }),
    // a language the kiosk does not offer changes nothing, and leaves the list open to choose again
    chooseLanguage: assign(({ context, event }) => (event.type === 'LANGUAGE.CHOSEN' && context.languages.includes(event.language) ? { language: event.language, isLanguageMenuOpen: false } : {})),
  },
});
